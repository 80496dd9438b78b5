package com.gauthconsole.audit;

import com.gauthconsole.secret.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes where the event log stands, every {@code console.audit.checkpoint-interval} and on an auditor's demand: as an
 * INFO log line and as a line appended to the checkpoint file, both of the format {@link Checkpoint#line()}. Log lines
 * shipped elsewhere and copies of the file are what keep a checkpoint out of reach of whoever can write the database.
 */
@Component
class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

    private final AuditLog auditLog;
    private final Path file;

    AuditCheckpoints(AuditLog auditLog, AuditProperties properties) {
        this.auditLog = auditLog;
        this.file = properties.checkpointFile();
    }

    @Scheduled(
            fixedDelayString = "${console.audit.checkpoint-interval}",
            initialDelayString = "${console.audit.checkpoint-interval}")
    void scheduled() {
        write(null);
    }

    /**
     * Appends the event that records the checkpoint (in its own transaction), then writes the checkpoint of the log
     * ending with that event, once it is committed.
     */
    Checkpoint write(String requestedBy) {
        AuditEvent event = auditLog.append(new AuditEntry(
                AuditEventKind.CHECKPOINT_WRITTEN,
                requestedBy,
                "audit log",
                null,
                Map.of("requested", requestedBy == null ? "by schedule" : "by hand")));
        Checkpoint checkpoint = new Checkpoint(event.seq(), event.link(), event.occurredAt());
        log.info(checkpoint.line());
        append(checkpoint);
        return checkpoint;
    }

    private void append(Checkpoint checkpoint) {
        try {
            if (!Files.exists(file)) {
                PrivateFiles.createDirectories(file.toAbsolutePath().getParent());
                PrivateFiles.createFile(file);
            }
            Files.writeString(
                    file,
                    checkpoint.line() + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append the audit checkpoint to " + file.toAbsolutePath(), e);
        }
    }
}
