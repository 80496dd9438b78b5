package com.gauthconsole.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in throttling: after {@code maxFailures} failed sign-ins for one user name within {@code failureWindow},
 * that name is refused for {@code lockDuration}.
 */
@Validated
@ConfigurationProperties(prefix = "console.sign-in")
public record SignInProperties(
        @DefaultValue("5") @Min(1) int maxFailures,
        @DefaultValue("15m") @NotNull Duration failureWindow,
        @DefaultValue("15m") @NotNull Duration lockDuration) {}
