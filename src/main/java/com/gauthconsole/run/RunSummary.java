package com.gauthconsole.run;

import com.gauthconsole.run.engine.ProvisioningRun;
import java.time.Instant;

/** A run as lists show it; {@code running} while one of its steps is RUNNING. */
public record RunSummary(
        long id,
        String targetName,
        String clusterDomain,
        String startedBy,
        Instant startedAt,
        Instant updatedAt,
        RunStatus status,
        String contactCenterId,
        boolean running) {

    static RunSummary of(ProvisioningRun run, boolean running) {
        return new RunSummary(
                run.id(),
                run.targetName(),
                run.clusterDomain(),
                run.startedBy(),
                run.startedAt(),
                run.updatedAt(),
                run.status(),
                run.contactCenterId(),
                running);
    }
}
