package com.gauthconsole.audit.dashboard;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The dashboard's one choice, from the query string: the last day (UTC) of its 30; empty for today. */
record DashboardForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate last) {}
