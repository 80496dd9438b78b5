package com.gauthconsole.notify;

/**
 * Published in the transaction that records what became of a notice on one channel: delivered, given up after its
 * last attempt, or sent again at an administrator's request.
 *
 * @param subject what the notice is about, e.g. {@code run 42}
 * @param event what the notice announced ({@code RUN_FAILED}, ...)
 * @param attempts the attempts made so far
 * @param reason why the last attempt failed, written by the console (never a secret or the webhook's address), or null
 * @param actor the administrator who asked for it again, or null for the console itself
 */
public record NoticeDeliveryChanged(
        long noticeId,
        Change change,
        String channel,
        String event,
        String subject,
        int attempts,
        String reason,
        String actor) {

    public enum Change {
        DELIVERED,
        GAVE_UP,
        RETRY_REQUESTED
    }
}
