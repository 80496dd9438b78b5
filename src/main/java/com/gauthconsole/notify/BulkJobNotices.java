package com.gauthconsole.notify;

import com.gauthconsole.bulk.BulkJobFinished;
import com.gauthconsole.bulk.JobStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A bulk job that ended becomes a notice, in the transaction that ends it: who started it, how many of its rows
 * succeeded, failed or were interrupted, and the link to its page, where each row's run is.
 */
@Component
class BulkJobNotices {

    private final Notices notices;

    BulkJobNotices(Notices notices) {
        this.notices = notices;
    }

    @EventListener
    void on(BulkJobFinished finished) {
        if (!notices.enabled()) {
            return;
        }
        boolean interrupted = finished.status() == JobStatus.INTERRUPTED;
        String link = notices.link(finished.link());
        String title = "Bulk job " + finished.jobId() + (interrupted ? " was interrupted" : " ended") + ": "
                + finished.succeeded() + " of " + finished.rows() + " customers provisioned";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("who", finished.startedBy());
        fields.put("job", String.valueOf(finished.jobId()));
        fields.put("rows", String.valueOf(finished.rows()));
        fields.put("succeeded", String.valueOf(finished.succeeded()));
        fields.put("failed", String.valueOf(finished.failed()));
        fields.put("interrupted", String.valueOf(finished.interrupted()));
        fields.put("link", link);
        notices.post(new Notice(
                interrupted ? "BULK_JOB_INTERRUPTED" : "BULK_JOB_ENDED",
                "bulk job " + finished.jobId(),
                title,
                title + " (" + finished.failed() + " failed, " + finished.interrupted() + " interrupted), started by "
                        + finished.startedBy() + ". " + link,
                fields));
    }
}
