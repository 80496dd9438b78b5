package com.gauthconsole.gauth;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Defaults for talking to any GAuth target.
 *
 * @param connectTimeout how long to wait for a TCP (and TLS) connection; nothing has been sent when it expires
 * @param responseTimeout how long to wait for the answer once the request is sent
 */
@Validated
@ConfigurationProperties(prefix = "console.gauth")
public record GauthProperties(
        @NotNull Duration connectTimeout, @NotNull Duration responseTimeout) {

    /** An endpoint at this base URL with the default timeouts. */
    public GauthEndpoint endpoint(URI baseUrl) {
        return new GauthEndpoint(baseUrl, connectTimeout, responseTimeout);
    }
}
