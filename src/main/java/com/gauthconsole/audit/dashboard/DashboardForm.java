package com.gauthconsole.audit.dashboard;

import com.gauthconsole.system.PlausibleDay;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The dashboard's one choice, from the query string: the last day (UTC) of its 30; empty for today. */
record DashboardForm(
        @PlausibleDay @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate last) {}
