package com.gauthconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gauthconsole.GauthConsoleApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The history's ID filter on PostgreSQL, whose default collations (C.UTF-8, en_US.UTF-8, …) keep a B-tree index
 * from serving {@code LIKE 'prefix%'}: the ID columns' own collation must make the indexes usable, or a million
 * attempts mean a scan of every run on each search.
 */
class HistoryOnPostgresTest {

    private static final int RUNS = 20_000;

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext console;
    private static JdbcClient jdbc;

    @BeforeAll
    static void startOnPostgresWithManyRuns() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        console = new SpringApplicationBuilder(GauthConsoleApplication.class)
                .run(
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--server.port=0",
                        "--spring.main.banner-mode=off");
        jdbc = console.getBean(JdbcClient.class);
        jdbc.sql("INSERT INTO audit_run (id, target_name, target_url, cluster_domain, customer_domain, started_by,"
                        + " started_at, started_day, updated_at, status, client_id, environment_id,"
                        + " contact_center_id)"
                        + " SELECT n, 'GAuth EU', 'https://gauth.example.com', 'customer' || n || '.example.com',"
                        + " 'customer' || n || '.com',"
                        + " 'user' || n % 40, now(), current_date, now(), 'SUCCEEDED', 'client-' || n,"
                        + " CAST(gen_random_uuid() AS VARCHAR), 'cc-' || n || '-' || md5(CAST(n AS TEXT))"
                        + " FROM generate_series(1, " + RUNS + ") AS n")
                .update();
        jdbc.sql("ANALYZE audit_run").update();
    }

    @AfterAll
    static void stop() throws Exception {
        console.close();
        postgres.close();
    }

    @Test
    void searchesTheThreeIdsThroughTheirIndexesRatherThanScanningEveryRun() {
        String plan = plan(filterById("cc-12345-"));

        assertThat(plan)
                .contains("ix_audit_run_client_id", "ix_audit_run_environment_id", "ix_audit_run_contact_center_id")
                .doesNotContain("Seq Scan");
    }

    @Test
    void findsTheRunWhoseContactCenterIdStartsWithThePrefix() {
        HistoryPage page = console.getBean(RunHistory.class).page(filterById("cc-12345-"));

        assertThat(page.runs()).extracting(RunRow::clusterDomain).containsExactly("customer12345.example.com");
    }

    @Test
    void filtersByCustomerDomainThroughItsIndex() {
        HistoryFilter customer =
                new HistoryFilter(null, null, null, "customer12345.com", null, null, null, null, null, null, null);

        assertThat(plan(customer)).contains("ix_audit_run_customer_domain").doesNotContain("Seq Scan");
        assertThat(console.getBean(RunHistory.class).page(customer).runs())
                .extracting(RunRow::clusterDomain)
                .containsExactly("customer12345.example.com");
    }

    @Test
    void offersTheKnownUsersAndTargetsByStepsAlongTheirIndexesRatherThanScanningEveryRun() {
        HistoryChoices choices = console.getBean(HistoryChoices.class);

        assertThat(choices.users(null)).hasSize(40).startsWith("user0", "user1", "user10");
        assertThat(choices.targets(null)).contains("GAuth EU");
        for (String column : List.of("started_by", "target_name")) {
            String plan = String.join(
                    "\n",
                    jdbc.sql("EXPLAIN " + HistoryChoices.distinctQuery(column))
                            .query((row, number) -> row.getString(1))
                            .list());
            assertThat(plan).as(column).contains("Index Only Scan").doesNotContain("Seq Scan");
        }
    }

    /** The console connects as postgres, a superuser that owns the table: only a trigger can still refuse it. */
    @Test
    void refusesToUpdateDeleteOrTruncateAnAuditEventEvenForTheSuperuserThatOwnsTheTable() {
        console.getBean(AuditLog.class)
                .append(new AuditEntry(AuditEventKind.CHECKPOINT_WRITTEN, "tester", "postgres", null, Map.of()));

        for (String change : List.of(
                "UPDATE audit_event SET actor = 'someone-else'", "DELETE FROM audit_event", "TRUNCATE audit_event")) {
            assertThatThrownBy(() -> jdbc.sql(change).update())
                    .as(change)
                    .rootCause()
                    .hasMessageContaining("append-only");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE subject = 'postgres'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private static HistoryFilter filterById(String prefix) {
        return new HistoryFilter(null, null, null, null, null, null, null, prefix, null, null, null);
    }

    private static String plan(HistoryFilter filter) {
        RunFilterSql condition = RunFilterSql.of(filter);
        List<String> lines = jdbc.sql("EXPLAIN " + RunHistory.pageQuery(filter, condition))
                .params(condition.params())
                .query((row, number) -> row.getString(1))
                .list();
        return String.join("\n", lines);
    }
}
