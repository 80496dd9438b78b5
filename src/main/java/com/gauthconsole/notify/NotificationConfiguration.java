package com.gauthconsole.notify;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** The channels {@code console.notifications} configures, checked at start-up. */
@Configuration
class NotificationConfiguration {

    @Bean
    NoticeChannels noticeChannels(NotificationProperties properties, ObjectProvider<JavaMailSender> mailServer) {
        List<NoticeChannel> channels = new ArrayList<>();
        if (properties.webhookEnabled()) {
            channels.add(new WebhookChannel(
                    properties.webhookUrl(), properties.delivery().timeout()));
        }
        if (properties.email().enabled()) {
            JavaMailSender mail = mailServer.getIfAvailable();
            if (mail == null) {
                throw new IllegalStateException("console.notifications.email.to is set, but no mail server is:"
                        + " set spring.mail.host (and spring.mail.port, username and password as the server needs)");
            }
            channels.add(new EmailChannel(
                    mail, properties.email().to(), properties.email().from()));
        }
        return new NoticeChannels(channels);
    }
}
