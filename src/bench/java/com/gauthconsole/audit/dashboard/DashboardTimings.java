package com.gauthconsole.audit.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.context.ApplicationContext;

/**
 * The dashboard's data alone, without the page around it: {@link Dashboard#of} for periods ending on random days of
 * the benchmark's history, timed in the console's own JVM. Part of {@code HistoryBenchmark}.
 */
public final class DashboardTimings {

    private DashboardTimings() {}

    /** Prints p50 and p95 of {@code measured} calls after {@code warmUp}, periods ending between the two days. */
    public static void print(ApplicationContext app, LocalDate earliest, LocalDate latest, int warmUp, int measured) {
        Dashboard dashboard = app.getBean(Dashboard.class);
        Random random = new Random(7);
        int days = (int) (latest.toEpochDay() - earliest.toEpochDay());
        List<Double> millis = new ArrayList<>();
        long attempts = 0;
        for (int i = 0; i < warmUp + measured; i++) {
            DashboardPeriod period = DashboardPeriod.endingOn(earliest.plusDays(random.nextInt(days)));
            long start = System.nanoTime();
            DashboardData data = dashboard.of(period);
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (i >= warmUp) {
                millis.add(elapsed);
                attempts += data.durations().stream()
                        .mapToLong(StepDuration::attempts)
                        .sum();
            }
        }
        millis.sort(Double::compare);
        System.out.printf(
                "%-40s p50 %6.1f ms   p95 %6.1f ms   (%d calls, %,d timed attempts a period on average)%n",
                "dashboard data (30 days, in-process)",
                millis.get(millis.size() / 2 - 1),
                millis.get((int) Math.ceil(0.95 * millis.size()) - 1),
                measured,
                attempts / measured);
    }
}
