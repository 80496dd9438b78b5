package com.gauthconsole.gauth;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** Where one GAuth deployment answers, and how long to wait for it. */
public record GauthEndpoint(URI baseUrl, Duration connectTimeout, Duration responseTimeout) {

    public GauthEndpoint {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
    }

    String url(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
