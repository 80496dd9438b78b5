package com.gauthconsole.sim;

import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * The token call's two grants: {@code password} (the procedure's, for the ops user) and {@code refresh_token} (RFC
 * 6749 §6, with a refresh token an earlier grant issued to the same client). The client authenticates with HTTP Basic
 * either way. Checks run in RFC 6749 order: client first, then the request, then the grant.
 */
class TokenGrants {

    private static final String PASSWORD = "password";
    private static final String REFRESH_TOKEN = "refresh_token";

    private final ClientDirectory clients;
    private final OpsCredentials ops;
    private final TokenStore tokens;

    TokenGrants(ClientDirectory clients, OpsCredentials ops, TokenStore tokens) {
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
        if (!PASSWORD.equals(grantType) && !REFRESH_TOKEN.equals(grantType)) {
            throw OAuthRejection.unsupportedGrantType("Unsupported grant type: " + grantType);
        }
        String clientId = single(form, "client_id");
        if (clientId != null && !clientId.equals(client.clientId())) {
            throw OAuthRejection.invalidRequest("client_id does not match the authenticated client");
        }
        if (!client.authorizedGrantTypes().contains(grantType)) {
            throw OAuthRejection.unauthorizedClient("Unauthorized grant type: " + grantType);
        }
        TokenStore.IssuedToken token =
                PASSWORD.equals(grantType) ? passwordGrant(client, form) : refreshGrant(client, form);
        return new TokenResponse(token.accessToken(), "bearer", token.refreshToken(), tokens.secondsLeft(token), "*");
    }

    private TokenStore.IssuedToken passwordGrant(ApiClient client, MultiValueMap<String, String> form) {
        String username = single(form, "username");
        String password = single(form, PASSWORD);
        if (username == null || password == null || !ops.matches(username, password)) {
            throw OAuthRejection.invalidGrant("Bad credentials");
        }
        return tokens.issue(client);
    }

    private TokenStore.IssuedToken refreshGrant(ApiClient client, MultiValueMap<String, String> form) {
        String refreshToken = single(form, REFRESH_TOKEN);
        if (refreshToken == null) {
            throw OAuthRejection.invalidRequest("Missing refresh_token");
        }
        return tokens.refresh(client, refreshToken)
                .orElseThrow(() -> OAuthRejection.invalidGrant(
                        "Invalid refresh token: unknown, expired or issued to another client"));
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
