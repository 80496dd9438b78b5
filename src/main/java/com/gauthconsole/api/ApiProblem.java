package com.gauthconsole.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.Errors;
import org.springframework.web.ErrorResponseException;

/** A failure of an API call, answered as its problem detail ({@code application/problem+json}). */
public class ApiProblem extends ErrorResponseException {

    public ApiProblem(ApiProblemType type, String detail) {
        this(type.problem(detail));
    }

    public ApiProblem(ProblemDetail problem) {
        super(HttpStatus.valueOf(problem.getStatus()), problem, null);
    }

    /** Each rejected field with its message, as {@code errors: [{field, message}]}; rejected values are not echoed. */
    public static ApiProblem invalid(Errors errors) {
        return new ApiProblem(invalidProblem(errors));
    }

    static ProblemDetail invalidProblem(Errors errors) {
        ProblemDetail problem = ApiProblemType.VALIDATION.problem("Correct the fields listed under errors.");
        Stream<Map<String, String>> fields = errors.getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())));
        Stream<Map<String, String>> whole = errors.getGlobalErrors().stream()
                .map(error -> Map.of("field", "", "message", String.valueOf(error.getDefaultMessage())));
        List<Map<String, String>> all = Stream.concat(fields, whole).toList();
        problem.setProperty("errors", all);
        return problem;
    }
}
