package com.gauthconsole.audit.dashboard;

import java.time.LocalDate;
import java.util.List;

/** The days a dashboard covers: {@link #DAYS} days in UTC, up to and including {@code last}. */
public record DashboardPeriod(LocalDate first, LocalDate last) {

    static final int DAYS = 30;

    static DashboardPeriod endingOn(LocalDate last) {
        return new DashboardPeriod(last.minusDays(DAYS - 1), last);
    }

    public List<LocalDate> days() {
        return first.datesUntil(last.plusDays(1)).toList();
    }
}
