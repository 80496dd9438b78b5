package com.gauthconsole.audit;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The audit's own key and checkpoints.
 *
 * @param key Base64 key (32 bytes or more) for the events' links; empty means "use the key file in the key folder"
 * @param checkpointInterval how often a checkpoint of the event log is written
 * @param checkpointFile the file checkpoints are appended to, beside the log line each one also gets
 */
@Validated
@ConfigurationProperties(prefix = "console.audit")
public record AuditProperties(
        String key,
        @NotNull Duration checkpointInterval,
        @NotNull Path checkpointFile) {}
