package com.gauthconsole.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL condition on the history's index of runs, {@code audit_run r}, for a filter, with named parameters: values are always bound,
 * never spliced into the text. The ID prefix is a union of three index look-ups rather than an OR, so that each of
 * the three ID indexes is used.
 */
record RunFilterSql(String where, Map<String, Object> params) {

    static RunFilterSql of(HistoryFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.status() != null) {
            conditions.add("r.status = :status");
            params.put("status", filter.status());
        }
        if (filter.target() != null) {
            conditions.add("r.target_name = :target");
            params.put("target", filter.target());
        }
        if (filter.user() != null) {
            conditions.add("r.started_by = :user");
            params.put("user", filter.user());
        }
        if (filter.customer() != null) {
            conditions.add("r.customer_domain = :customer");
            params.put("customer", filter.customer());
        }
        if (filter.from() != null) {
            conditions.add("r.started_at >= :from");
            params.put("from", startOf(filter.from(), filter.zone()));
        }
        if (filter.to() != null) {
            conditions.add("r.started_at < :before");
            params.put("before", startOf(filter.to().plusDays(1), filter.zone()));
        }
        if (filter.id() != null) {
            conditions.add("r.id IN (SELECT id FROM audit_run WHERE client_id LIKE :idPrefix ESCAPE '\\'"
                    + " UNION SELECT id FROM audit_run WHERE environment_id LIKE :idPrefix ESCAPE '\\'"
                    + " UNION SELECT id FROM audit_run WHERE contact_center_id LIKE :idPrefix ESCAPE '\\')");
            params.put("idPrefix", likePrefix(filter.id()));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new RunFilterSql(where, Map.copyOf(params));
    }

    private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
