package com.gauthconsole.notify;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notices given up after their last attempt, which administrators read and send again. */
@Service
class FailedNotices {

    /** An administrator's retry that cannot be done, with the reason to show. */
    static class RetryRefused extends RuntimeException {
        RetryRefused(String reason) {
            super(reason, null, false, false);
        }
    }

    private final NoticeOutbox outbox;
    private final NoticeChannels channels;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FailedNotices(NoticeOutbox outbox, NoticeChannels channels, ApplicationEventPublisher events, Clock clock) {
        this.outbox = outbox;
        this.channels = channels;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<FailedNotice> list() {
        return outbox.givenUp();
    }

    @Transactional(readOnly = true)
    long waiting() {
        return outbox.waiting();
    }

    /** Puts a given-up notice back in the outbox with all its attempts ahead of it. */
    @Transactional
    FailedNotice retry(long id, String actor) {
        String gone = "That notice is not among the failed ones any more.";
        FailedNotice retried = outbox.givenUp(id).orElseThrow(() -> new RetryRefused(gone));
        if (channels.get(retried.channel()).isEmpty()) {
            throw new RetryRefused("No " + retried.channel().name().toLowerCase()
                    + " is configured: configure it in console.notifications and restart the console first.");
        }
        if (!outbox.requeue(id, clock.instant())) {
            throw new RetryRefused(gone);
        }
        events.publishEvent(new NoticeDeliveryChanged(
                id,
                NoticeDeliveryChanged.Change.RETRY_REQUESTED,
                retried.channel().name(),
                retried.event(),
                retried.subject(),
                retried.attempts(),
                retried.lastFailure(),
                actor));
        return retried;
    }
}
