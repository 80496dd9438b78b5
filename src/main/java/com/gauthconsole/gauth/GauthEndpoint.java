package com.gauthconsole.gauth;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.springframework.web.util.UriComponentsBuilder;

/** Where one GAuth deployment answers, and how long to wait for it. */
public record GauthEndpoint(URI baseUrl, Duration connectTimeout, Duration responseTimeout) {

    public GauthEndpoint {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null || baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("A GAuth base URL has no query, fragment or user name");
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
    }

    /** The base URL with {@code path} (already encoded) appended to its own path. */
    String url(String path) {
        return UriComponentsBuilder.fromUri(baseUrl).path(path).build(true).toUriString();
    }
}
