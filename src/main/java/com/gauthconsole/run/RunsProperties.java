package com.gauthconsole.run;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the console finds attempts whose process died mid-call, and how long idle runs keep their secrets.
 *
 * @param singleInstance no other instance shares the database, so at start-up every attempt still running is dead
 * @param staleAfter an attempt running longer than this cannot still be waiting for GAuth (it must exceed the
 *     longest connect plus response timeout of any target)
 * @param secretRetention how long a run keeps its sealed secrets without any activity; after that a re-run asks for
 *     them again
 */
@Validated
@ConfigurationProperties(prefix = "console.runs")
public record RunsProperties(
        boolean singleInstance,
        @NotNull Duration staleAfter,
        @NotNull Duration secretRetention) {}
