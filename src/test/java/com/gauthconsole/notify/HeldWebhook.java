package com.gauthconsole.notify;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A WireMock listener that, once told to, holds its answer to every request until the test lets them go, and says
 * whether a held request has arrived and whether one has been answered.
 */
final class HeldWebhook implements ServeEventListener {

    private volatile boolean holding;
    private volatile CountDownLatch arrived = new CountDownLatch(1);
    private volatile CountDownLatch released = new CountDownLatch(1);
    private volatile boolean answered;

    void holdEveryRequest() {
        arrived = new CountDownLatch(1);
        released = new CountDownLatch(1);
        answered = false;
        holding = true;
    }

    boolean arrivedWithin(long seconds) throws InterruptedException {
        return arrived.await(seconds, TimeUnit.SECONDS);
    }

    boolean answered() {
        return answered;
    }

    void release() {
        holding = false;
        released.countDown();
    }

    @Override
    public void beforeResponseSent(ServeEvent event, Parameters parameters) {
        if (holding) {
            arrived.countDown();
            try {
                released.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void afterComplete(ServeEvent event, Parameters parameters) {
        if (holding) {
            answered = true;
        }
    }

    @Override
    public String getName() {
        return "held-webhook";
    }
}
