package com.gauthconsole.secret;

import java.util.Locale;
import java.util.Set;

/**
 * Which names (JSON keys, form fields, query parameters, headers) carry a secret. Names are compared without case
 * and without {@code _ - .} separators, so {@code client_secret}, {@code clientSecret} and {@code CLIENT-SECRET} are
 * one name; anything ending in password, secret or token counts too, because a new GAuth field of that shape is far
 * more likely a secret than not.
 */
final class SensitiveKeys {

    private static final Set<String> NAMES = Set.of(
            "password",
            "passwd",
            "pwd",
            "secret",
            "clientsecret",
            "encryptedclientsecret",
            "accesstoken",
            "refreshtoken",
            "idtoken",
            "token",
            "authorization",
            "proxyauthorization",
            "cookie",
            "setcookie",
            "apikey",
            "privatekey");

    private SensitiveKeys() {}

    static boolean isSensitive(String name) {
        String normalized = name.toLowerCase(Locale.ROOT).replaceAll("[_\\-.\\s]", "");
        return NAMES.contains(normalized)
                || normalized.endsWith("password")
                || normalized.endsWith("secret")
                || normalized.endsWith("token");
    }
}
