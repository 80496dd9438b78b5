package com.gauthconsole.notify;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The channels configured at start-up; none means notices are neither stored nor sent. */
class NoticeChannels {

    private final Map<Channel, NoticeChannel> configured = new EnumMap<>(Channel.class);

    NoticeChannels(List<NoticeChannel> channels) {
        channels.forEach(channel -> configured.put(channel.channel(), channel));
    }

    Set<Channel> configured() {
        return configured.isEmpty() ? Set.of() : Set.copyOf(configured.keySet());
    }

    Optional<NoticeChannel> get(Channel channel) {
        return Optional.ofNullable(configured.get(channel));
    }
}
