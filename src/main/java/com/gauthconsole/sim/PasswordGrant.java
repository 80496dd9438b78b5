package com.gauthconsole.sim;

import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * The token call's {@code grant_type=password} flow: the client authenticates with HTTP Basic, the resource owner is
 * the ops user. Checks run in RFC 6749 order: client first, then the request, then the grant.
 */
class PasswordGrant {

    private static final String PASSWORD = "password";

    private final ClientDirectory clients;
    private final OpsCredentials ops;
    private final TokenStore tokens;

    PasswordGrant(ClientDirectory clients, OpsCredentials ops, TokenStore tokens) {
        this.clients = clients;
        this.ops = ops;
        this.tokens = tokens;
    }

    TokenResponse grant(String authorization, MultiValueMap<String, String> form) {
        ApiClient client = clients.authenticated(authorization);

        String grantType = single(form, "grant_type");
        if (grantType == null) {
            throw OAuthRejection.invalidRequest("Missing grant type");
        }
        if (!PASSWORD.equals(grantType)) {
            throw OAuthRejection.unsupportedGrantType("Unsupported grant type: " + grantType);
        }
        String clientId = single(form, "client_id");
        if (clientId != null && !clientId.equals(client.clientId())) {
            throw OAuthRejection.invalidRequest("client_id does not match the authenticated client");
        }
        if (!client.authorizedGrantTypes().contains(PASSWORD)) {
            throw OAuthRejection.unauthorizedClient("Unauthorized grant type: " + PASSWORD);
        }
        String username = single(form, "username");
        String password = single(form, PASSWORD);
        if (username == null || password == null || !ops.matches(username, password)) {
            throw OAuthRejection.invalidGrant("Bad credentials");
        }

        TokenStore.IssuedToken token = tokens.issue(client.clientId());
        return new TokenResponse(token.accessToken(), "bearer", token.refreshToken(), tokens.secondsLeft(token), "*");
    }

    private static String single(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw OAuthRejection.invalidRequest("Parameter " + name + " must not repeat");
        }
        return values.get(0);
    }
}
