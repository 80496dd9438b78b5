package com.gauthconsole.run;

import java.time.Instant;

/** A run as lists show it. */
public record RunSummary(
        long id,
        String targetName,
        String clusterDomain,
        String startedBy,
        Instant startedAt,
        Instant updatedAt,
        RunStatus status,
        String contactCenterId) {

    static RunSummary of(ProvisioningRun run) {
        return new RunSummary(
                run.id(),
                run.targetName(),
                run.clusterDomain(),
                run.startedBy(),
                run.startedAt(),
                run.updatedAt(),
                run.status(),
                run.contactCenterId());
    }
}
