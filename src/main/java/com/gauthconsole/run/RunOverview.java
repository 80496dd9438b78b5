package com.gauthconsole.run;

import java.time.Instant;
import java.util.List;

/**
 * A run as its pages show it.
 *
 * @param currentStep the first step not yet done, or null when the run is complete
 */
public record RunOverview(
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
        List<StepState> steps,
        Step currentStep) {}
