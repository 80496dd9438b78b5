package com.gauthconsole.run;

import com.gauthconsole.run.engine.ProvisioningRun;
import java.time.Instant;

/**
 * A run as it stands at the end of a change, for those who keep their own view of runs (the audit's history).
 *
 * @param abandonedBy the lead who closed the run unfinished, or null; {@code abandonReason} says why
 */
public record RunSnapshot(
        long id,
        String targetName,
        String targetUrl,
        String clusterDomain,
        String customerDomain,
        String startedBy,
        Instant startedAt,
        Instant updatedAt,
        RunStatus status,
        String clientId,
        String environmentId,
        String contactCenterId,
        String abandonedBy,
        String abandonReason) {

    public static RunSnapshot of(ProvisioningRun run) {
        return new RunSnapshot(
                run.id(),
                run.targetName(),
                run.targetUrl(),
                run.clusterDomain(),
                run.customerDomain(),
                run.startedBy(),
                run.startedAt(),
                run.updatedAt(),
                run.status(),
                run.clientId(),
                run.environmentId(),
                run.contactCenterId(),
                run.abandonedBy(),
                run.abandonReason());
    }
}
