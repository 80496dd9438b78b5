package com.gauthconsole.bulk;

/**
 * One row of a bulk job: the customer it provisions and how far its run got; never a secret.
 *
 * @param runId the run the row became, or null before it started
 * @param failureReason why it failed or was interrupted, or null
 */
public record BulkRowView(
        int number,
        String target,
        String clusterDomain,
        String customerDomain,
        String ccId,
        String clientId,
        RowState state,
        Long runId,
        String contactCenterId,
        String failureReason) {}
