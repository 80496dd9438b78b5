package com.gauthconsole.run.engine;

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
 * attempt is dead once its deadline (start + its target's timeouts + a margin) has passed, which every instance
 * checks periodically. Should its call answer after all, the answer is recorded as a late answer.
 */
@Configuration
@EnableScheduling
public class InterruptedAttempts {

    private static final Logger log = LoggerFactory.getLogger(InterruptedAttempts.class);

    private static final String CHECK_FIRST = "GAuth may or may not have received the request: check whether the"
            + " object exists before re-running the step.";

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
        if (properties.singleInstance()) {
            Instant now = clock.instant();
            report(recorder.interruptRunningStartedBefore(
                    now,
                    "The console stopped while this attempt was running (it started before "
                            + DateTimeFormatter.ISO_INSTANT.format(now) + "). " + CHECK_FIRST));
        } else {
            sweep();
        }
    }

    @Scheduled(
            fixedDelayString = "${console.runs.sweep-every:30s}",
            initialDelayString = "${console.runs.sweep-every:30s}")
    public void sweep() {
        report(recorder.interruptRunningPastDeadline(
                "This attempt was still running past its deadline (its target's connect and response timeouts and a"
                        + " margin): the console that ran it has stopped. " + CHECK_FIRST));
    }

    private static void report(int interrupted) {
        if (interrupted > 0) {
            log.warn("Marked {} attempt(s) left running by a stopped console as interrupted", interrupted);
        }
    }
}
