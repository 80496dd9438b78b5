package com.gauthconsole.run.wizard;

import com.gauthconsole.run.AttemptKind;
import com.gauthconsole.run.Step;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Step durations and outcomes per step and target, as {@code console_step_seconds} in Prometheus: the count by
 * outcome says how often GAuth fails, the timings how long the console and GAuth take together.
 */
@Component
public class StepMetrics {

    private final MeterRegistry registry;

    StepMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(Step step, String target, AttemptKind kind, String outcome, Duration took) {
        Timer.builder("console.step")
                .description("Attempts at provisioning steps, including the call to GAuth")
                .tag("step", step.name())
                .tag("target", target)
                .tag("kind", kind.name())
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry)
                .record(took);
    }
}
