package com.gauthconsole.audit;

import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Counts the attempt events already in the log into the dashboard's daily tallies (V60), once, exactly as the audit
 * counts each attempt it records from then on.
 */
@Component
class DailyTallyFill extends VersionedJavaMigration {

    DailyTallyFill() {
        super("61", "daily tallies counted from the event log");
    }

    @Override
    public void migrate(Context context) {
        fill(new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true)));
    }

    /** Counts every attempt event of the log; returns how many. */
    static long fill(JdbcTemplate jdbc) {
        JdbcClient client = JdbcClient.create(jdbc);
        return IndexedAttempt.inLog(jdbc, slice -> DailyTallies.add(client, slice));
    }
}
