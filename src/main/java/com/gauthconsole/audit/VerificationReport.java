package com.gauthconsole.audit;

/** What walking the chain found: intact with its number of records, or the first record that does not match. */
public record VerificationReport(boolean intact, long records, Long attemptId, Long runId, String problem) {

    static VerificationReport intact(long records) {
        return new VerificationReport(true, records, null, null, null);
    }

    static VerificationReport broken(long checked, Long attemptId, Long runId, String problem) {
        return new VerificationReport(false, checked, attemptId, runId, problem);
    }

    public String summary() {
        if (intact) {
            return "Intact, " + records + " records.";
        }
        String where =
                attemptId == null ? "" : " Attempt " + attemptId + (runId == null ? "" : " of run " + runId) + ":";
        return "Not intact after " + records + " matching records." + where + " " + problem;
    }
}
