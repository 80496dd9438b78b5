package com.gauthconsole.gauth;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Defaults for talking to any GAuth target.
 *
 * @param connectTimeout how long to wait for a TCP (and TLS) connection; nothing has been sent when it expires
 * @param responseTimeout how long to wait for the answer once the request is sent
 * @param deniedNetworks networks (CIDR) no call may reach: link-local (IPv4 and IPv6) and the cloud metadata
 *     addresses by default; private networks and loopback stay allowed, since GAuth usually lives inside the network
 */
@Validated
@ConfigurationProperties(prefix = "console.gauth")
public record GauthProperties(
        @NotNull Duration connectTimeout,
        @NotNull Duration responseTimeout,

        @DefaultValue({"169.254.0.0/16", "fe80::/10", "fd00:ec2::254/128", "100.100.100.200/32"}) @NotNull
        List<String> deniedNetworks) {

    /** An endpoint at this base URL with the default timeouts. */
    public GauthEndpoint endpoint(URI baseUrl) {
        return new GauthEndpoint(baseUrl, connectTimeout, responseTimeout);
    }
}
