package com.gauthconsole.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The notification settings are checked at start-up: a wrong one stops the console with a message that names it. */
class NotificationSettingsTest {

    private static final String BASE_URL = "console.notifications.public-base-url=https://console.example.com";

    @Configuration
    @EnableConfigurationProperties(NotificationProperties.class)
    @Import(NotificationConfiguration.class)
    static class Settings {}

    private final ApplicationContextRunner console = new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(ValidationAutoConfiguration.class, MailSenderAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void aWebhookAndEmailWithTheirAddressesStartWithBothChannels() {
        console.withPropertyValues(
                        "console.notifications.webhook-url=https://hooks.example.com/services/T1/B2/x?sig=abc",
                        "console.notifications.email.to=ops@example.com,leads@example.com",
                        "console.notifications.email.from=console@example.com",
                        "spring.mail.host=smtp.example.com",
                        BASE_URL)
                .run(context -> assertThat(context.getBean(NoticeChannels.class).configured())
                        .containsExactlyInAnyOrder(Channel.WEBHOOK, Channel.EMAIL));
    }

    @Test
    void nothingConfiguredStartsWithNoChannel() {
        console.run(context ->
                assertThat(context.getBean(NoticeChannels.class).configured()).isEmpty());
    }

    @Test
    void aWebhookThatIsNotAnHttpAddressStopsTheStart() {
        console.withPropertyValues("console.notifications.webhook-url=ftp://hooks.example.com/x", BASE_URL)
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("webhookUrl")
                        .hasMessageContaining("Enter a full http:// or https:// address"));
    }

    @Test
    void aWebhookWithoutThePublicBaseUrlStopsTheStart() {
        console.withPropertyValues("console.notifications.webhook-url=https://hooks.example.com/x")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("public-base-url must be set"));
    }

    @Test
    void emailRecipientsWithoutASenderStopTheStart() {
        console.withPropertyValues(
                        "console.notifications.email.to=ops@example.com", "spring.mail.host=smtp.example.com", BASE_URL)
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("email.from must be an email address"));
    }

    @Test
    void aRecipientThatIsNoAddressStopsTheStart() {
        console.withPropertyValues(
                        "console.notifications.email.to=not an address",
                        "console.notifications.email.from=console@example.com",
                        "spring.mail.host=smtp.example.com",
                        BASE_URL)
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("email.to"));
    }

    @Test
    void emailRecipientsWithoutAMailServerStopTheStart() {
        console.withPropertyValues(
                        "console.notifications.email.to=ops@example.com",
                        "console.notifications.email.from=console@example.com",
                        BASE_URL)
                .run(context ->
                        assertThat(context).getFailure().rootCause().hasMessageContaining("set spring.mail.host"));
    }
}
