package com.gauthconsole.gauth;

import com.gauthconsole.secret.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A user name and password for HTTP Basic: the ops credentials, or an API client's id and secret. */
public record BasicCredentials(String username, Secret password) {

    String authorizationHeader() {
        String pair = username + ":" + password.reveal();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
