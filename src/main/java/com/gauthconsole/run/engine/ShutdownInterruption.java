package com.gauthconsole.run.engine;

import java.time.Clock;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * At shutdown, after the web server's graceful phase let running steps finish, any attempt still running is marked
 * interrupted at once rather than at the next start. Only for a console that is alone on its database: with several
 * instances an attempt still running may belong to another one, and the periodic sweep handles it.
 */
@Component
public class ShutdownInterruption implements SmartLifecycle {

    /** Stops after the web server (lower phases stop later), while the database is still there. */
    private static final int AFTER_THE_WEB_SERVER = Integer.MIN_VALUE + 1000;

    private final AttemptRecorder recorder;
    private final RunsProperties properties;
    private final Clock clock;
    private volatile boolean running;

    ShutdownInterruption(AttemptRecorder recorder, RunsProperties properties, Clock clock) {
        this.recorder = recorder;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (properties.singleInstance()) {
            recorder.interruptRunningStartedBefore(
                    clock.instant(),
                    "The console was shut down while this attempt was still running, after waiting for it. GAuth may"
                            + " or may not have received the request: check whether the object exists before"
                            + " re-running the step.");
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return AFTER_THE_WEB_SERVER;
    }
}
