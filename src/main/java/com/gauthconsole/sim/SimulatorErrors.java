package com.gauthconsole.sim;

import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers every failure of a simulated call the way GAuth would, never with a stack trace. */
@RestControllerAdvice(basePackageClasses = SimulatorErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnBooleanProperty("console.simulator.enabled")
class SimulatorErrors {

    private static final Logger log = LoggerFactory.getLogger(SimulatorErrors.class);

    @ExceptionHandler
    ResponseEntity<GauthResponse> rejected(GauthRejection rejection) {
        return status(rejection.statusCode(), rejection.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<OAuthErrorResponse> rejected(OAuthRejection rejection) {
        var response = ResponseEntity.status(rejection.httpStatus()).cacheControl(CacheControl.noStore());
        if (rejection.httpStatus() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"oauth\"");
        }
        return response.body(new OAuthErrorResponse(rejection.error(), rejection.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<GauthResponse> unreadable(HttpMessageNotReadableException exception) {
        return status(
                StatusCode.INVALID_REQUEST,
                "The request body is missing, is not valid JSON or has a value of the wrong type");
    }

    @ExceptionHandler
    ResponseEntity<GauthResponse> unsupportedContentType(HttpMediaTypeNotSupportedException exception) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(GauthResponse.failed(StatusCode.INVALID_REQUEST.code(), "Content-Type must be application/json"));
    }

    @ExceptionHandler
    ResponseEntity<GauthResponse> invalid(MethodArgumentNotValidException exception) {
        String problems = exception.getBindingResult().getAllErrors().stream()
                .map(error -> error instanceof FieldError field
                        ? field.getField() + " " + field.getDefaultMessage()
                        : error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return status(StatusCode.INVALID_REQUEST, problems);
    }

    @ExceptionHandler
    ResponseEntity<GauthResponse> unexpected(Exception exception) {
        if (exception instanceof ErrorResponse webFailure
                && webFailure.getStatusCode().is4xxClientError()) {
            return ResponseEntity.status(webFailure.getStatusCode())
                    .body(GauthResponse.failed(
                            StatusCode.INVALID_REQUEST.code(),
                            webFailure.getBody().getDetail()));
        }
        log.error("The GAuth simulator failed to answer a call", exception);
        return status(StatusCode.INTERNAL, "Internal error");
    }

    private static ResponseEntity<GauthResponse> status(StatusCode code, String message) {
        return ResponseEntity.status(code.httpStatus()).body(GauthResponse.failed(code.code(), message));
    }
}
