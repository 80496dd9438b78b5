package com.gauthconsole.notify;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends a notice as a plain-text email: the title as subject, the text, then every field on a line of its own. The
 * mail server, its credentials and timeouts are Spring Boot's {@code spring.mail.*}.
 */
class EmailChannel implements NoticeChannel {

    private final JavaMailSender mail;
    private final List<String> to;
    private final String from;

    EmailChannel(JavaMailSender mail, List<String> to, String from) {
        this.mail = mail;
        this.to = List.copyOf(to);
        this.from = from;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Notice notice) throws DeliveryFailed {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.toArray(String[]::new));
        message.setSubject(notice.title());
        message.setText(notice.text() + "\n\n"
                + notice.fields().entrySet().stream()
                        .map(field -> field.getKey() + ": " + field.getValue())
                        .collect(Collectors.joining("\n"))
                + "\n");
        try {
            mail.send(message);
        } catch (MailAuthenticationException refused) {
            throw new DeliveryFailed("The mail server refused the console's sign-in (spring.mail.username/password)");
        } catch (MailSendException notSent) {
            throw new DeliveryFailed("The mail server could not be reached or refused the message");
        } catch (MailException failed) {
            throw new DeliveryFailed("The email could not be prepared or sent");
        }
    }
}
