package com.gauthconsole.notify;

import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where listeners hand their notices: stored in the outbox, once per configured channel, in the transaction of the
 * change they announce, for the deliverer to send after it has committed. With no channel configured, nothing is
 * stored.
 */
@Component
class Notices {

    private final NoticeOutbox outbox;
    private final NoticeChannels channels;
    private final NotificationProperties properties;
    private final Clock clock;

    Notices(NoticeOutbox outbox, NoticeChannels channels, NotificationProperties properties, Clock clock) {
        this.outbox = outbox;
        this.channels = channels;
        this.properties = properties;
        this.clock = clock;
    }

    boolean enabled() {
        return !channels.configured().isEmpty();
    }

    void post(Notice notice) {
        Set<Channel> configured = channels.configured();
        if (!configured.isEmpty()) {
            outbox.add(notice, configured, clock.instant());
        }
    }

    /** The address of one of the console's pages, as its users open it, e.g. {@code link("/runs/{id}", 42)}. */
    String link(String path, Object... variables) {
        return UriComponentsBuilder.fromUriString(properties.publicBaseUrl())
                .path(path)
                .buildAndExpand(variables)
                .toUriString();
    }
}
