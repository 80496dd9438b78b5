package com.gauthconsole.sim;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Demands the credential a handler is marked with; a rejection is answered by {@link SimulatorErrors}. */
class CredentialInterceptor implements HandlerInterceptor {

    private final OpsCredentials ops;
    private final ClientDirectory clients;
    private final TokenStore tokens;

    CredentialInterceptor(OpsCredentials ops, ClientDirectory clients, TokenStore tokens) {
        this.ops = ops;
        this.clients = clients;
        this.tokens = tokens;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        RequiresCredential required = method.hasMethodAnnotation(RequiresCredential.class)
                ? method.getMethodAnnotation(RequiresCredential.class)
                : method.getBeanType().getAnnotation(RequiresCredential.class);
        if (required == null) {
            return true;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        switch (required.value()) {
            case OPS_BASIC -> ops.require(authorization);
            case CLIENT_BASIC -> clients.authenticated(authorization);
            case BEARER_TOKEN -> tokens.requireValid(authorization);
        }
        return true;
    }
}
