/**
 * Notifications: a run that failed or was interrupted is announced to a webhook (Slack, Teams, any JSON reader) and by
 * email, as configured under {@code console.notifications}. Listeners turn other features' events into notices in the transaction of the change (see {@code RunNotices}); a deliverer sends
 * them in the background with retries, and administrators see and resend those given up. What became of a notice is
 * published as {@link com.gauthconsole.notify.NoticeDeliveryChanged} for the audit.
 */
package com.gauthconsole.notify;
