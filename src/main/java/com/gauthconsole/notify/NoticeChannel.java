package com.gauthconsole.notify;

/** Sends one notice through one channel, within the channel's timeouts. */
interface NoticeChannel {

    Channel channel();

    void send(Notice notice) throws DeliveryFailed;
}
