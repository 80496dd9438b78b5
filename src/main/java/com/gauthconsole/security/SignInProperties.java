package com.gauthconsole.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in throttling: after {@code maxFailures} failed sign-ins for one user name, or {@code maxFailuresPerAddress}
 * from one client address, within {@code failureWindow} (counted from the first failure), that name or address is
 * refused until the window ends. Wrong second-factor codes count as failed sign-ins.
 */
@Validated
@ConfigurationProperties(prefix = "console.sign-in")
public record SignInProperties(
        @DefaultValue("5") @Min(1) int maxFailures,
        @DefaultValue("20") @Min(1) int maxFailuresPerAddress,
        @DefaultValue("15m") @NotNull Duration failureWindow,
        @DefaultValue @Valid Totp totp) {

    /**
     * The optional second factor of local accounts (time-based one-time codes, RFC 6238).
     *
     * @param requiredForAdmin whether an administrator with a local account must enrol one before anything else;
     *     people signing in through the company's provider are not asked (their provider does that)
     * @param issuer the name authenticator apps show next to the account
     */
    public record Totp(
            @DefaultValue("false") boolean requiredForAdmin,

            @DefaultValue("GAuth Provisioning Console") @NotNull
            String issuer) {}
}
