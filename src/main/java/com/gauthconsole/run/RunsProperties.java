package com.gauthconsole.run;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the console finds attempts whose process died mid-call.
 *
 * @param singleInstance no other instance shares the database, so at start-up every attempt still running is dead
 * @param staleAfter an attempt running longer than this cannot still be waiting for GAuth (it must exceed the
 *     longest connect plus response timeout of any target)
 */
@Validated
@ConfigurationProperties(prefix = "console.runs")
public record RunsProperties(
        boolean singleInstance, @NotNull Duration staleAfter) {}
