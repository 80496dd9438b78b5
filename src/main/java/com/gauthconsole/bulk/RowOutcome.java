package com.gauthconsole.bulk;

/** How a row's run ended: succeeded with its CCID, or failed with the reason (never a secret). */
record RowOutcome(RowState state, Long runId, String contactCenterId, String reason) {

    static RowOutcome succeeded(long runId, String contactCenterId) {
        return new RowOutcome(RowState.SUCCEEDED, runId, contactCenterId, null);
    }

    static RowOutcome failed(Long runId, String reason) {
        return new RowOutcome(RowState.FAILED, runId, null, reason);
    }
}
