package com.gauthconsole.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problems the API's security filters answer before any controller is reached: no or a refused token (401,
 * with the reason the check gave), a role the token lacks (403), too many calls (429).
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AuthenticationFailureHandler, AccessDeniedHandler {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    /** No token at all. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException missing)
            throws IOException {
        unauthenticated(request, response, "Send a personal API token as 'Authorization: Bearer <token>'.");
    }

    /** A token that was refused: the message says why (unknown, revoked, expired, user disabled). */
    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        unauthenticated(request, response, refused.getMessage());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(
                request,
                response,
                ApiProblemType.MISSING_ROLE.problem("The token's roles, as far as its user still holds them, do not"
                        + " allow this call: see 'Who may do what' in the README."));
    }

    void rateLimited(HttpServletRequest request, HttpServletResponse response, int perSecond) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ApiRateLimit.WINDOW.toSeconds()));
        write(
                request,
                response,
                ApiProblemType.RATE_LIMITED.problem("A token may make " + perSecond + " calls a second, counted over "
                        + ApiRateLimit.WINDOW.toSeconds() + " seconds; wait and call again."));
    }

    private void unauthenticated(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"gauth-console\"");
        write(request, response, ApiProblemType.UNAUTHENTICATED.problem(detail));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
