package com.gauthconsole.notify;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Runs the deliverer every {@code console.notifications.delivery.poll-every} on a thread of its own, so that a slow
 * webhook delays neither the console's other scheduled work nor any request. Runs only when a channel is configured.
 */
@Component
class NoticeDeliverySchedule implements SmartLifecycle {

    private final NoticeDeliverer deliverer;
    private final Notices notices;
    private final NotificationProperties properties;
    private ThreadPoolTaskScheduler scheduler;

    NoticeDeliverySchedule(NoticeDeliverer deliverer, Notices notices, NotificationProperties properties) {
        this.deliverer = deliverer;
        this.notices = notices;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (!notices.enabled() || scheduler != null) {
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("notice-delivery-");
        // On shutdown, a notice being sent is finished (within the webhook's timeout) rather than cut off and resent.
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationMillis(properties.delivery().timeout().toMillis());
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(
                deliverer::deliverDue, properties.delivery().pollEvery());
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
