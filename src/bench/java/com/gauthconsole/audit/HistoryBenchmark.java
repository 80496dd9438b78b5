package com.gauthconsole.audit;

import com.gauthconsole.GauthConsoleApplication;
import com.gauthconsole.audit.dashboard.DashboardTimings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history at scale: 170,000 runs and an event log of 1,000,000 events (mostly step attempts of realistic size)
 * in an H2 file database or an embedded PostgreSQL, the console started on it, and the history's pages, the event
 * list, the CSV export and verify timed over HTTP as a signed-in auditor. Run by
 * {@code bench/history.sh}; not a test, its numbers depend on the machine.
 */
public final class HistoryBenchmark {

    private static final int RUNS = 170_000;
    private static final int EVENTS = 1_000_000;
    private static final int BATCH = 2_000;
    private static final String[] STEPS = {
        "CREATE_API_CLIENT", "CREATE_TOKEN", "ADD_ENVIRONMENT", "ADD_CONTACT_CENTER", "ADD_DATA_CENTER", "UPDATE_CORS"
    };
    private static final String[] FAILURE_KINDS = {"REJECTED", "TIMED_OUT", "GATEWAY_FAILED"};
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int USERS = 40;
    private static final int WARM_UP = 30;
    private static final int MEASURED = 200;
    private static final Path DATA = Path.of("target", "bench");
    /** The dashboard's periods end between these days, so that each one's 30 days lie wholly in the history. */
    private static final LocalDate FIRST_FULL_PERIOD_END = LocalDate.of(2025, 1, 31);

    private static final LocalDate LAST_FULL_PERIOD_END = LocalDate.of(2025, 12, 19);

    private final HttpClient http;
    private final String base;
    private final Random random = new Random(42);

    private HistoryBenchmark(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    /** The few SQL spellings that differ between H2 and PostgreSQL for generating rows. */
    private record Dialect(String numbers, String uuid) {

        static final Dialect H2 = new Dialect("SYSTEM_RANGE(1, %d)", "CAST(RANDOM_UUID() AS VARCHAR)");
        static final Dialect POSTGRES = new Dialect(
                "generate_series(CAST(1 AS BIGINT), %d) AS numbers(X)", "CAST(gen_random_uuid() AS VARCHAR)");

        String numbers(int count) {
            return String.format(numbers, count);
        }
    }

    /** Arguments: none for H2, or {@code postgres} to run on an embedded PostgreSQL (real binaries, no install). */
    public static void main(String[] args) throws Exception {
        deleteDatabase();
        boolean postgres = args.length > 0 && args[0].equals("postgres");
        EmbeddedPostgres database = postgres ? EmbeddedPostgres.builder().start() : null;
        List<String> arguments = new ArrayList<>(
                List.of("--server.port=0", "--console.data-dir=" + DATA.toAbsolutePath(), "--logging.level.root=WARN"));
        if (postgres) {
            arguments.addAll(List.of(
                    "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres"));
        }
        ConfigurableApplicationContext app =
                SpringApplication.run(GauthConsoleApplication.class, arguments.toArray(String[]::new));
        try {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long started = System.nanoTime();
            System.out.println(postgres ? "database: embedded PostgreSQL" : "database: H2 file");
            fill(
                    jdbc,
                    app.getBean(JdbcTemplate.class),
                    postgres ? Dialect.POSTGRES : Dialect.H2,
                    app.getBean(EventLink.class));
            System.out.printf("filled %,d runs and %,d events in %.0f s%n", RUNS, EVENTS, seconds(started));
            long indexing = System.nanoTime();
            long indexed = DailyTallyFill.fill(app.getBean(JdbcTemplate.class));
            jdbc.sql("ANALYZE").update();
            System.out.printf(
                    "counted %,d attempts into the dashboard's daily tallies (as migration V61 does) in %.0f s%n",
                    indexed, seconds(indexing));
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HistoryBenchmark bench = new HistoryBenchmark("http://localhost:" + port);
            bench.signIn("auditor");
            bench.pages(jdbc);
            DashboardTimings.print(app, FIRST_FULL_PERIOD_END, LAST_FULL_PERIOD_END, WARM_UP, MEASURED);
            bench.export();
            bench.verify();
        } finally {
            app.close();
            if (database != null) {
                database.close();
            }
        }
    }

    private static void deleteDatabase() throws IOException {
        if (Files.exists(DATA)) {
            try (Stream<Path> files = Files.walk(DATA)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /**
     * Runs over 354 days by 40 users on 3 targets into the history's index (set-based), and 1,000,000 events into the
     * log (about 6 per run: its creation, then its attempts), each linked under the console's audit key so that
     * verify walks a real log.
     */
    private static void fill(JdbcClient jdbc, JdbcTemplate template, Dialect sql, EventLink links) {
        jdbc.sql("INSERT INTO audit_run (id, target_name, target_url, cluster_domain, customer_domain, started_by,"
                        + " started_at, started_day, updated_at, status, client_id, environment_id,"
                        + " contact_center_id)"
                        + " SELECT X, 'GAuth ' || CASE MOD(X, 3) WHEN 0 THEN 'EU' WHEN 1 THEN 'US' ELSE 'APAC' END,"
                        + " 'https://gauth-' || MOD(X, 3) || '.example.com', 'customer' || X || '.example.com',"
                        + " 'customer' || X || '.com',"
                        + " 'user' || MOD(X, " + USERS + "),"
                        + " TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00' + X * INTERVAL '3' MINUTE,"
                        + " CAST(TIMESTAMP '2025-01-01 00:00:00' + X * INTERVAL '3' MINUTE AS DATE),"
                        + " TIMESTAMP WITH TIME ZONE '2025-01-01 00:05:00+00' + X * INTERVAL '3' MINUTE,"
                        + " CASE MOD(X, 10) WHEN 0 THEN 'FAILED' WHEN 1 THEN 'IN_PROGRESS' ELSE 'SUCCEEDED' END,"
                        + " 'client-' || X, " + sql.uuid() + ", " + sql.uuid()
                        + " FROM " + sql.numbers(RUNS))
                .update();
        String previous = EventLink.GENESIS;
        List<AuditEvent> batch = new ArrayList<>(BATCH);
        long previousRun = 0;
        for (long seq = 1; seq <= EVENTS; seq++) {
            long run = 1 + (seq - 1) * RUNS / EVENTS;
            AuditEvent event = run != previousRun ? created(seq, run) : attempt(seq, run);
            previousRun = run;
            String link = links.of(previous, event);
            batch.add(new AuditEvent(
                    event.seq(),
                    event.occurredAt(),
                    event.kind(),
                    event.actor(),
                    event.subject(),
                    event.runId(),
                    event.details(),
                    link));
            previous = link;
            if (batch.size() == BATCH) {
                insert(template, batch);
            }
        }
        insert(template, batch);
        jdbc.sql("UPDATE audit_event_head SET last_seq = ?, last_link = ? WHERE id = 1")
                .params(EVENTS, previous)
                .update();
        jdbc.sql("ANALYZE").update();
    }

    private static AuditEvent created(long seq, long run) {
        return new AuditEvent(
                seq,
                at(run, 0),
                "RUN_CREATED",
                "user" + run % USERS,
                "run " + run,
                run,
                "{\"clusterDomain\":\"customer" + run + ".example.com\",\"customerDomain\":\"customer" + run
                        + ".com\",\"target\":\"GAuth EU\",\"url\":\"https://gauth-" + run % 3
                        + ".example.com\"}",
                null);
    }

    /** A step attempt of realistic size: the procedure's step-1 body, redacted, and GAuth's answer. */
    private static AuditEvent attempt(long seq, long run) {
        boolean failed = seq % 17 == 0;
        String requestBody = "{\"data\":{\"name\":\"external_api_client\",\"clientType\":\"CONFIDENTIAL\","
                + "\"internalClient\":true,\"client_id\":\"client-" + run + "\",\"client_secret\":"
                + "\"[REDACTED hmac:" + String.format("%012d", seq % 9973) + "]\",\"authorities\":"
                + "[\"ROLE_INTERNAL_CLIENT\"],\"scope\":[\"*\"],\"authorizedGrantTypes\":[\"client_credentials\","
                + "\"authorization_code\",\"refresh_token\",\"password\"],\"redirectURIs\":"
                + "[\"https://gauth.customer" + run + ".example.com\"],\"accessTokenExpirationTimeout\":43200,"
                + "\"refreshTokenExpirationTimeout\":43200}}";
        Map<String, Object> details = new TreeMap<>();
        details.put("attemptId", seq);
        details.put("step", STEPS[(int) (seq % STEPS.length)]);
        details.put("number", 1);
        details.put("kind", "EXECUTE");
        details.put("status", failed ? "FAILED" : "SUCCEEDED");
        details.put("startedAt", at(run, seq % 7).toString());
        details.put("finishedAt", at(run, seq % 7).plusMillis(120 + seq % 300).toString());
        details.put("inputs", Map.of("clientId", "client-" + run));
        details.put("requestMethod", "POST");
        details.put("requestUrl", "https://gauth-" + run % 3 + ".example.com/auth/v3/ops/clients");
        details.put(
                "requestHeaders",
                Map.of(
                        "Authorization", List.of("Basic ops:[REDACTED hmac:d166c036fd86]"),
                        "Content-Type", List.of("application/json"),
                        "Accept", List.of("application/json")));
        details.put("requestBody", requestBody);
        details.put("responseStatus", failed ? 500 : 200);
        details.put("responseHeaders", Map.of("Content-Type", List.of("application/json")));
        details.put(
                "responseBody",
                "{\"status\":{\"code\":0},\"path\":\"/environments/" + UUID.randomUUID()
                        + "\",\"data\":{\"client_id\":\"client-" + run + "\"}}");
        details.put("durationMs", 120 + seq % 300);
        details.put("returnedIds", Map.of("client_id", "client-" + run));
        if (failed) {
            details.put("failureKind", FAILURE_KINDS[(int) (seq % FAILURE_KINDS.length)]);
            details.put("failureReason", "GAuth answered HTTP 500 with status code 7: db down");
        }
        return new AuditEvent(
                seq,
                at(run, seq % 7),
                "STEP_EXECUTED",
                "user" + run % USERS,
                "run " + run,
                run,
                JSON.writeValueAsString(details),
                null);
    }

    private static Instant at(long run, long tenSeconds) {
        return Instant.parse("2025-01-01T00:00:00Z").plusSeconds(run * 180 + tenSeconds * 10);
    }

    private static void insert(JdbcTemplate template, List<AuditEvent> events) {
        template.batchUpdate(
                "INSERT INTO audit_event (" + AuditEvent.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                events,
                events.size(),
                (statement, event) -> {
                    statement.setLong(1, event.seq());
                    statement.setObject(2, event.occurredAt().atOffset(ZoneOffset.UTC));
                    statement.setString(3, event.kind());
                    statement.setString(4, event.actor());
                    statement.setString(5, event.subject());
                    statement.setLong(6, event.runId());
                    statement.setString(7, event.details());
                    statement.setString(8, event.link());
                });
        events.clear();
    }

    private void signIn(String user) throws Exception {
        String login = send(HttpRequest.newBuilder(URI.create(base + "/login")).build());
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String form = "username=" + user + "&password=" + user + "&_csrf=" + enc(csrf.group(1));
        send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private void pages(JdbcClient jdbc) throws Exception {
        time("history by CCID prefix (8 chars)", i -> {
            String ccid = jdbc.sql("SELECT contact_center_id FROM audit_run WHERE id = ?")
                    .param(1 + random.nextInt(RUNS))
                    .query(String.class)
                    .single();
            return "/history?id=" + ccid.substring(0, 8);
        });
        time("history by user + 30-day range", i -> {
            LocalDate from = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(320));
            return "/history?user=user" + random.nextInt(USERS) + "&from=" + from + "&to=" + from.plusDays(29);
        });
        time("history by status FAILED", i -> "/history?status=FAILED");
        time("history by status FAILED, page 20", i -> "/history?status=FAILED&page=20");
        time("run detail (about 6 events)", i -> "/history/runs/" + (1 + random.nextInt(RUNS)));
        time(
                "events by kind STEP_EXECUTED, below a random event",
                i -> "/history/events?kind=STEP_EXECUTED&before=" + (1 + random.nextInt(EVENTS)));
        time(
                "events by actor, below a random event",
                i -> "/history/events?actor=user" + random.nextInt(USERS) + "&before=" + (1 + random.nextInt(EVENTS)));
        int periodEnds = (int) (LAST_FULL_PERIOD_END.toEpochDay() - FIRST_FULL_PERIOD_END.toEpochDay());
        time(
                "dashboard page, 30 days ending on a random day",
                i -> "/history/dashboard?last=" + FIRST_FULL_PERIOD_END.plusDays(random.nextInt(periodEnds)));
    }

    private void time(String name, IntFunction<String> paths) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            String path = paths.apply(i);
            long start = System.nanoTime();
            String page = send(HttpRequest.newBuilder(URI.create(base + path)).build());
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (!page.contains("</html>")) {
                throw new IllegalStateException(path + " did not render");
            }
            if (i >= WARM_UP) {
                millis.add(elapsed);
            }
        }
        millis.sort(Double::compare);
        System.out.printf(
                "%-40s p50 %6.1f ms   p95 %6.1f ms   (%d requests)%n",
                name, percentile(millis, 50), percentile(millis, 95), MEASURED);
    }

    /** The whole history as CSV; the heap's peak is taken over the export alone, after a full collection. */
    private void export() throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/history/export.csv")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = response.body()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        long peak =
                heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf(
                "CSV export of everything: HTTP %d, %,d lines, %,d MiB in %.0f s; heap before %,d MiB, peak during"
                        + " export %,d MiB (sum of the heap pools' peaks, max heap %,d MiB)%n",
                response.statusCode(),
                lines,
                bytes >> 20,
                seconds(start),
                before >> 20,
                peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** One walk over the whole log, every link recomputed, as an auditor's "Verify" starts it. */
    private void verify() throws Exception {
        String events = send(
                HttpRequest.newBuilder(URI.create(base + "/history/events")).build());
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(events);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the events page");
        }
        long start = System.nanoTime();
        String page = send(HttpRequest.newBuilder(URI.create(base + "/history/verify"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf.group(1))))
                .build());
        Matcher verdict =
                Pattern.compile("Intact, [\\d,]+ events\\.|Not intact[^<]*").matcher(page);
        System.out.printf(
                "verify the whole log: %s in %.1f s%n",
                verdict.find() ? verdict.group() : "no verdict", seconds(start));
    }

    private String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
