package com.gauthconsole.gauth;

import com.gauthconsole.secret.Secret;
import java.time.Duration;

/**
 * What step 2 carries forward.
 *
 * @param expiresIn null when GAuth did not say
 * @param refreshToken empty when GAuth sent none
 */
public record AccessToken(
        Secret accessToken, String tokenType, Secret refreshToken, Duration expiresIn, String scope) {}
