package com.gauthconsole.notify;

import com.gauthconsole.notify.NoticeOutbox.Claimed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Sends the notices that are due, each claimed first so that deliverers on several instances never send the same
 * one at once, and sent outside any transaction so that no step waits for a webhook or a mail server. A failed send
 * is tried again later, each wait twice the one before up to a longest wait; after the last attempt the notice is
 * given up and listed for administrators. A claim outlives any send (which the timeouts end), so only the claim of an
 * instance that stopped mid-send runs out: its notice is then sent again, possibly a second time.
 */
@Component
class NoticeDeliverer {

    private static final Logger log = LoggerFactory.getLogger(NoticeDeliverer.class);
    private static final Duration CLAIM_MARGIN = Duration.ofMinutes(1);

    private final NoticeOutbox outbox;
    private final NoticeChannels channels;
    private final NotificationProperties.Delivery settings;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NoticeDeliverer(
            NoticeOutbox outbox,
            NoticeChannels channels,
            NotificationProperties properties,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            Clock clock) {
        this.outbox = outbox;
        this.channels = channels;
        this.settings = properties.delivery();
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** Tries every notice due now, one after the other; answers how many this deliverer delivered. */
    int deliverDue() {
        int delivered = 0;
        for (long id : outbox.due(clock.instant(), settings.batch())) {
            Instant now = clock.instant();
            Optional<Claimed> claimed = outbox.claim(
                    id,
                    UUID.randomUUID().toString(),
                    now,
                    now.plus(settings.timeout()).plus(CLAIM_MARGIN));
            if (claimed.isPresent() && deliver(claimed.get())) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(Claimed row) {
        try {
            channels.get(row.channel())
                    .orElseThrow(() ->
                            new DeliveryFailed("No " + row.channel().name().toLowerCase() + " is configured any more"))
                    .send(row.notice());
        } catch (DeliveryFailed failed) {
            failed(row, failed.getMessage());
            return false;
        } catch (RuntimeException unexpected) {
            // Its message may hold the webhook's address: the class says enough.
            log.error(
                    "Sending notice {} failed unexpectedly: {}",
                    row.id(),
                    unexpected.getClass().getName());
            failed(row, "The notice could not be sent (" + unexpected.getClass().getSimpleName() + ")");
            return false;
        }
        transaction.executeWithoutResult(status -> {
            if (outbox.delivered(row)) {
                events.publishEvent(changed(row, NoticeDeliveryChanged.Change.DELIVERED, null));
            }
        });
        return true;
    }

    private void failed(Claimed row, String reason) {
        int attempts = row.attempts() + 1;
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            if (attempts < settings.maxAttempts()) {
                outbox.retryAt(row, reason, now.plus(waitAfter(attempts)));
            } else if (outbox.giveUp(row, reason, now)) {
                log.warn(
                        "Gave up notice {} ({} about {}) after {} attempts: {}",
                        row.id(),
                        row.channel(),
                        row.notice().subject(),
                        attempts,
                        reason);
                events.publishEvent(changed(row, NoticeDeliveryChanged.Change.GAVE_UP, reason));
            }
        });
    }

    /** The wait after the given number of failed attempts: the first wait, doubled each time, up to the longest. */
    private Duration waitAfter(int failedAttempts) {
        ExponentialBackOff backOff =
                new ExponentialBackOff(settings.firstRetryAfter().toMillis(), 2.0);
        backOff.setMaxInterval(settings.longestRetryAfter().toMillis());
        BackOffExecution waits = backOff.start();
        long wait = 0;
        for (int attempt = 0; attempt < failedAttempts; attempt++) {
            wait = waits.nextBackOff();
        }
        return Duration.ofMillis(wait);
    }

    private static NoticeDeliveryChanged changed(Claimed row, NoticeDeliveryChanged.Change change, String reason) {
        return new NoticeDeliveryChanged(
                row.id(),
                change,
                row.channel().name(),
                row.notice().event(),
                row.notice().subject(),
                row.attempts() + 1,
                reason,
                null);
    }
}
