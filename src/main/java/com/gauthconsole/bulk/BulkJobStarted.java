package com.gauthconsole.bulk;

/**
 * Published, in the transaction that starts it, when an uploader starts a checked bulk job.
 *
 * @param link the job's page, relative to the console's address
 */
public record BulkJobStarted(long jobId, String startedBy, int rows, String link) {}
