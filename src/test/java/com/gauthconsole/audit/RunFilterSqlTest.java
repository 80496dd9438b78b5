package com.gauthconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The history's SQL builder: every value bound as a parameter, never spliced into the text, dates as UTC days. */
class RunFilterSqlTest {

    @Test
    void noFilterIsNoCondition() {
        RunFilterSql sql =
                RunFilterSql.of(new HistoryFilter(null, null, null, null, null, null, null, null, null, null, null));

        assertThat(sql.where()).isEmpty();
        assertThat(sql.params()).isEmpty();
    }

    @Test
    void eachFilterIsAConditionWithItsValueAsAParameter() {
        RunFilterSql sql = RunFilterSql.of(new HistoryFilter(
                "FAILED",
                "GAuth EU",
                "alice",
                "acme.com",
                LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 3, 11),
                null,
                null,
                null,
                null,
                null));

        assertThat(sql.where())
                .isEqualTo(" WHERE r.status = :status AND r.target_name = :target AND r.started_by = :user"
                        + " AND r.customer_domain = :customer AND r.started_at >= :from AND r.started_at < :before");
        assertThat(sql.params())
                .containsEntry("status", "FAILED")
                .containsEntry("target", "GAuth EU")
                .containsEntry("user", "alice")
                .containsEntry("customer", "acme.com")
                .containsEntry("from", OffsetDateTime.parse("2026-03-10T00:00Z"))
                .containsEntry("before", OffsetDateTime.parse("2026-03-12T00:00Z"));
    }

    @Test
    void anIdPrefixSearchesTheThreeIdsWithItsWildcardsEscaped() {
        RunFilterSql sql = RunFilterSql.of(
                new HistoryFilter(null, null, null, null, null, null, null, "50%_off\\' OR 1=1", null, null, null));

        assertThat(sql.where())
                .contains(
                        "client_id LIKE :idPrefix", "environment_id LIKE :idPrefix", "contact_center_id LIKE :idPrefix")
                .doesNotContain("OR 1=1", "50%");
        assertThat(sql.params()).containsEntry("idPrefix", "50\\%\\_off\\\\' OR 1=1%");
    }

    @Test
    void datesAreDaysInTheBrowsersTimeZoneWhenItSendsOne() {
        RunFilterSql sql = RunFilterSql.of(new HistoryFilter(
                null,
                null,
                null,
                null,
                LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 3, 10),
                "Europe/Berlin",
                null,
                null,
                null,
                null));

        assertThat(sql.params())
                .containsEntry("from", OffsetDateTime.parse("2026-03-10T00:00+01:00"))
                .containsEntry("before", OffsetDateTime.parse("2026-03-11T00:00+01:00"));
    }
}
