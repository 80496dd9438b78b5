package com.gauthconsole.audit;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The history list: runs matching a filter, sorted by a whitelisted column, one page at a time. */
@Service
@Transactional(readOnly = true)
class RunHistory {

    private final JdbcClient jdbc;

    RunHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    HistoryPage page(HistoryFilter filter) {
        RunFilterSql condition = RunFilterSql.of(filter);
        List<RunRow> rows = jdbc.sql(pageQuery(filter, condition))
                .params(condition.params())
                .query((row, number) -> RunRow.of(row))
                .list();
        boolean hasNext = rows.size() > HistoryPage.SIZE;
        return new HistoryPage(
                hasNext ? rows.subList(0, HistoryPage.SIZE) : rows, filter.page(), offset(filter) + 1, hasNext);
    }

    /** The page's rows and one more, which tells whether a next page exists. */
    static String pageQuery(HistoryFilter filter, RunFilterSql condition) {
        return "SELECT " + RunRow.COLUMNS + " FROM audit_run r" + condition.where()
                + " ORDER BY r." + filter.sort().column() + " " + filter.dir() + ", r.id " + filter.dir()
                + " OFFSET " + offset(filter) + " ROWS FETCH NEXT " + (HistoryPage.SIZE + 1) + " ROWS ONLY";
    }

    private static int offset(HistoryFilter filter) {
        return (filter.page() - 1) * HistoryPage.SIZE;
    }
}
