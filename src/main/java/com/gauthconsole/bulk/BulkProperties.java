package com.gauthconsole.bulk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How bulk jobs run and what an upload may hold.
 *
 * @param parallel how many rows of one job run at once
 * @param maxUploadSize the largest CSV file taken
 * @param maxRows the most customers one upload may hold
 * @param previewLifetime how long a checked upload waits to be started before it is dropped with its sealed secrets
 * @param deadAfter a running job whose console has not said it is alive for this long is taken as cut off
 * @param singleInstance no other instance shares the database (as {@code console.runs.single-instance}), so at
 *     start-up every running job is dead
 */
@Validated
@ConfigurationProperties(prefix = "console.bulk")
public record BulkProperties(
        @DefaultValue("4") @Min(1) @Max(32) int parallel,
        @DefaultValue("1MB") @NotNull DataSize maxUploadSize,
        @DefaultValue("1000") @Min(1) @Max(100_000) int maxRows,
        @DefaultValue("1h") @NotNull Duration previewLifetime,
        @DefaultValue("2m") @NotNull Duration deadAfter,
        @DefaultValue("true") boolean singleInstance) {}
