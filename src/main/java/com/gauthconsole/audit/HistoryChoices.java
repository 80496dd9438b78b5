package com.gauthconsole.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The targets and users the history offers as choices: those its index of runs knows, not the targets or users that
 * exist today (a removed target's runs stay findable). Each list is read by skipping from one name to the next along
 * its index ({@code ix_audit_run_target}, {@code ix_audit_run_started_by}), one look-up per name however many runs
 * there are, and stops at {@link #LIMIT} names. Each step asks for the first name above the last one in index order
 * rather than for the MIN of those above it: H2 answers a MIN with a condition by scanning the whole range.
 *
 * <p>The two lists cost tens of milliseconds on a large history, so they are kept for {@link #FRESH_FOR}: a run this
 * instance adds drops them at once, and one another instance adds shows up within that time (a name typed into the
 * address is shown meanwhile all the same).
 */
@Component
@Transactional(readOnly = true)
class HistoryChoices {

    static final int LIMIT = 500;
    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Names names;

    HistoryChoices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** With {@code chosen} too, should an address name one the list does not hold, so that the form shows it. */
    List<String> targets(String chosen) {
        return with(current().targets(), chosen);
    }

    List<String> users(String chosen) {
        return with(current().users(), chosen);
    }

    /** A run was added to the history's index: its target or user may be new once the transaction commits. */
    void runAdded() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    names = null;
                }
            });
        } else {
            names = null;
        }
    }

    private Names current() {
        Names known = names;
        Instant now = clock.instant();
        if (known == null || !now.isBefore(known.readAt().plus(FRESH_FOR))) {
            known = new Names(distinct("target_name"), distinct("started_by"), now);
            names = known;
        }
        return known;
    }

    private record Names(List<String> targets, List<String> users, Instant readAt) {}

    private static List<String> with(List<String> names, String chosen) {
        if (chosen == null || names.contains(chosen)) {
            return names;
        }
        List<String> all = new ArrayList<>(names);
        all.add(chosen);
        return all;
    }

    /** {@code column} is one of this class's constants, never a caller's text. */
    private List<String> distinct(String column) {
        return jdbc.sql(distinctQuery(column)).query(String.class).list();
    }

    static String distinctQuery(String column) {
        return "WITH RECURSIVE names (name) AS ("
                + " SELECT MIN(" + column + ") FROM audit_run"
                + " UNION ALL"
                + " SELECT (SELECT " + column + " FROM audit_run WHERE " + column + " > names.name ORDER BY " + column
                + " FETCH FIRST 1 ROWS ONLY)"
                + " FROM names WHERE names.name IS NOT NULL)"
                + " SELECT name FROM names WHERE name IS NOT NULL FETCH FIRST " + LIMIT + " ROWS ONLY";
    }
}
