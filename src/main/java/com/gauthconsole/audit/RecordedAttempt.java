package com.gauthconsole.audit;

import com.gauthconsole.run.AttemptView;

/**
 * An attempt as the audit recorded it: the same view of it that the wizard's pages show, and the event it is.
 *
 * @param seq the number of the event that records it; {@code link} is that event's link
 */
public record RecordedAttempt(AttemptView attempt, long seq, String link) {}
