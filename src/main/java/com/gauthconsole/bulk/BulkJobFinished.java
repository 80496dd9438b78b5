package com.gauthconsole.bulk;

/**
 * Published, in the transaction that ends it, when every row of a bulk job has ended, or when the job is taken as
 * interrupted because the console running it stopped. Never carries a secret.
 *
 * @param startedBy who uploaded and started it: the actor of every run it made
 * @param status {@link JobStatus#FINISHED} or {@link JobStatus#INTERRUPTED}
 * @param link the job's page, relative to the console's address
 */
public record BulkJobFinished(
        long jobId,
        String startedBy,
        JobStatus status,
        int rows,
        int succeeded,
        int failed,
        int interrupted,
        String link) {

    static String linkOf(long jobId) {
        return "/bulk/" + jobId;
    }
}
