package com.gauthconsole.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The JSON API's settings.
 *
 * @param tokenMaxLifetime the longest a personal API token may live
 * @param requestsPerSecond how many calls one token may make in a second, counted by the console's one limiter
 */
@Validated
@ConfigurationProperties("console.api")
public record ApiProperties(
        @NotNull @DefaultValue("90d") Duration tokenMaxLifetime,
        @Min(1) @Max(10_000) @DefaultValue("10") int requestsPerSecond) {

    /** The longest lifetime in whole days, the unit the token form asks for. */
    public long tokenMaxLifetimeDays() {
        return Math.max(1, tokenMaxLifetime.toDays());
    }
}
