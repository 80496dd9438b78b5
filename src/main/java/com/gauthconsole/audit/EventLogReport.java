package com.gauthconsole.audit;

/**
 * What walking the event log found.
 *
 * @param events how many events matched, in order, before any problem
 * @param badSeq the first event that does not match, or null
 * @param runId the run that event names, or null
 * @param checkpoint what a pasted checkpoint says, or null when none was given
 */
public record EventLogReport(boolean intact, long events, Long badSeq, Long runId, String problem, String checkpoint) {

    public String summary() {
        if (intact) {
            return "Intact, " + events + " events.";
        }
        return "Not intact after " + events + " matching events." + (badSeq == null ? "" : " Event " + badSeq + ":")
                + " " + problem;
    }
}
