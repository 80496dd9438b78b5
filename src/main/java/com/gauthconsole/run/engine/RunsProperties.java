package com.gauthconsole.run.engine;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the console finds attempts whose process died mid-call, and how long idle runs keep their secrets.
 *
 * @param singleInstance no other instance shares the database, so at start-up every attempt still running is dead
 * @param deadlineMargin added to a call's connect and response timeouts to give its attempt's deadline, past which
 *     another instance takes it as cut off
 * @param secretRetention how long a run keeps its sealed secrets without any activity; after that a re-run asks for
 *     them again
 */
@Validated
@ConfigurationProperties(prefix = "console.runs")
public record RunsProperties(
        boolean singleInstance,
        @DefaultValue("30s") @NotNull Duration deadlineMargin,
        @DefaultValue("7d") @NotNull Duration secretRetention) {}
