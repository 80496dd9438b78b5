package com.gauthconsole.run;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Attempts left running by a process that died become {@link AttemptStatus#INTERRUPTED}, so their step shows as
 * needing a re-run. At start-up of a single instance every running attempt is dead; with several instances an
 * attempt is dead once it has run longer than any call can take, which every instance checks periodically.
 */
@Configuration
@EnableScheduling
class InterruptedAttempts {

    private static final Logger log = LoggerFactory.getLogger(InterruptedAttempts.class);

    private final AttemptRecorder recorder;
    private final RunsProperties properties;
    private final Clock clock;

    InterruptedAttempts(AttemptRecorder recorder, RunsProperties properties, Clock clock) {
        this.recorder = recorder;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        Instant now = clock.instant();
        interruptStartedBefore(properties.singleInstance() ? now : now.minus(properties.staleAfter()));
    }

    @Scheduled(
            fixedDelayString = "${console.runs.sweep-every:30s}",
            initialDelayString = "${console.runs.sweep-every:30s}")
    void sweep() {
        interruptStartedBefore(clock.instant().minus(properties.staleAfter()));
    }

    private void interruptStartedBefore(Instant before) {
        int interrupted = recorder.interruptRunningStartedBefore(
                before,
                "The console stopped while this attempt was running (it started before "
                        + DateTimeFormatter.ISO_INSTANT.format(before)
                        + "). GAuth may or may not have received the request: check whether the object exists"
                        + " before re-running the step.");
        if (interrupted > 0) {
            log.warn("Marked {} attempt(s) left running by a stopped console as interrupted", interrupted);
        }
    }
}
