package com.gauthconsole.notify;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A WireMock listener that holds the answer to the request whose body contains a given text until the test lets it
 * go, and says whether that request has arrived and whether it has been answered.
 */
final class HeldWebhook implements ServeEventListener {

    private volatile String bodyPart;
    private volatile CountDownLatch arrived = new CountDownLatch(1);
    private volatile CountDownLatch released = new CountDownLatch(1);
    private volatile boolean answered;

    void holdRequestContaining(String part) {
        arrived = new CountDownLatch(1);
        released = new CountDownLatch(1);
        answered = false;
        bodyPart = part;
    }

    boolean arrivedWithin(long seconds) throws InterruptedException {
        return arrived.await(seconds, TimeUnit.SECONDS);
    }

    boolean answered() {
        return answered;
    }

    void release() {
        released.countDown();
    }

    @Override
    public void beforeResponseSent(ServeEvent event, Parameters parameters) {
        if (holds(event)) {
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
        if (holds(event)) {
            answered = true;
        }
    }

    private boolean holds(ServeEvent event) {
        String part = bodyPart;
        return part != null && event.getRequest().getBodyAsString().contains(part);
    }

    @Override
    public String getName() {
        return "held-webhook";
    }
}
