package com.gauthconsole.notify;

import com.gauthconsole.system.HttpUrl;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where notices of failed and interrupted runs go, and how their delivery is retried. Nothing configured: nothing is
 * stored or sent.
 *
 * @param webhookUrl the address notices are posted to as JSON (a Slack or Teams incoming webhook), or empty
 * @param publicBaseUrl the console's address as its users open it, for the links in notices
 * @param email the recipients and sender of notices by email; the mail server is {@code spring.mail.*}
 * @param delivery how often and how long delivery is tried
 */
@Validated
@ConfigurationProperties(prefix = "console.notifications")
public record NotificationProperties(
        @HttpUrl String webhookUrl,
        @HttpUrl(query = false) String publicBaseUrl,
        @Valid @NotNull @DefaultValue Mail email,
        @Valid @NotNull @DefaultValue Delivery delivery) {

    /**
     * @param to the addresses that receive notices; empty: no email
     * @param from the sender's address
     */
    public record Mail(
            List<@Email @NotBlank String> to, @Email String from) {

        public Mail {
            to = to == null ? List.of() : List.copyOf(to);
        }

        boolean enabled() {
            return !to.isEmpty();
        }

        @AssertTrue(message = "console.notifications.email.from must be an email address when email.to is set")
        boolean isFromGivenWhenSending() {
            return !enabled() || (from != null && !from.isBlank());
        }
    }

    /**
     * @param timeout the longest one webhook call may take, connecting included
     * @param maxAttempts attempts before a notice is given up and listed for administrators
     * @param firstRetryAfter the wait after the first failed attempt; each later wait doubles
     * @param longestRetryAfter the longest wait between two attempts
     * @param pollEvery how often each instance looks for notices due
     * @param batch the most notices one look delivers
     */
    public record Delivery(
            @DefaultValue("10s") @NotNull Duration timeout,
            @DefaultValue("8") @Min(1) @Max(50) int maxAttempts,
            @DefaultValue("30s") @NotNull Duration firstRetryAfter,
            @DefaultValue("1h") @NotNull Duration longestRetryAfter,
            @DefaultValue("5s") @NotNull Duration pollEvery,
            @DefaultValue("20") @Min(1) @Max(500) int batch) {}

    boolean webhookEnabled() {
        return webhookUrl != null && !webhookUrl.isBlank();
    }

    /** Whether any channel is configured. */
    boolean enabled() {
        return webhookEnabled() || email.enabled();
    }

    @AssertTrue(
            message = "console.notifications.public-base-url must be set when a webhook or email is configured:"
                    + " notices link to the run's page")
    boolean isPublicBaseUrlGivenWhenSending() {
        return !enabled() || (publicBaseUrl != null && !publicBaseUrl.isBlank());
    }
}
