package com.gauthconsole.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every failure of an {@link ApiEndpoint} as a problem detail with its type. What Spring MVC itself refuses
 * (an unreadable body, a missing parameter, a wrong method) comes out as Spring's problem for it; a rejected field
 * lists every field with its message; anything unexpected is logged here and answered without its cause.
 */
@RestControllerAdvice(annotations = ApiEndpoint.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(ApiProblem.invalidProblem(invalid.getBindingResult()));
    }

    /** Jackson's message quotes the body, which may hold a typed secret: the answer says only where to look. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException unreadable,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return ResponseEntity.badRequest()
                .body(ApiProblemType.VALIDATION.problem(
                        "The body is not JSON of the expected shape: see the request's schema in /v3/api-docs."));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Object> unexpected(RuntimeException failure) {
        log.error("An API call failed inside the console", failure);
        return ResponseEntity.internalServerError()
                .body(ApiProblemType.INTERNAL.problem("The console failed; its log has the details."));
    }
}
