package com.gauthconsole.gauth;

import com.gauthconsole.secret.Secret;
import java.util.List;

/** Step 1's request: the API client to create, field for field as the procedure writes it. */
public record NewApiClient(
        String name,
        String clientType,
        boolean internalClient,
        int refreshTokenExpirationTimeout,
        String clientId,
        Secret clientSecret,
        List<String> authorities,
        List<String> scope,
        List<String> authorizedGrantTypes,
        List<String> redirectUris,
        int accessTokenExpirationTimeout) {}
