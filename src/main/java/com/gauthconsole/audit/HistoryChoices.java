package com.gauthconsole.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The targets and users the history offers as choices: those its index of runs knows, not the targets or users that
 * exist today (a removed target's runs stay findable). Each list is read by skipping from one name to the next along
 * its index ({@code ix_audit_run_target}, {@code ix_audit_run_started_by}), one look-up per name however many runs
 * there are, and stops at {@link #LIMIT} names.
 */
@Component
@Transactional(readOnly = true)
class HistoryChoices {

    static final int LIMIT = 500;

    private final JdbcClient jdbc;

    HistoryChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** With {@code chosen} too, should an address name one the list does not hold, so that the form shows it. */
    List<String> targets(String chosen) {
        return with(distinct("target_name"), chosen);
    }

    List<String> users(String chosen) {
        return with(distinct("started_by"), chosen);
    }

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
                + " SELECT (SELECT MIN(" + column + ") FROM audit_run WHERE " + column + " > names.name)"
                + " FROM names WHERE names.name IS NOT NULL)"
                + " SELECT name FROM names WHERE name IS NOT NULL FETCH FIRST " + LIMIT + " ROWS ONLY";
    }
}
