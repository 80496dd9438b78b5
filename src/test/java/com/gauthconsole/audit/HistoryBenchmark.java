package com.gauthconsole.audit;

import com.gauthconsole.GauthConsoleApplication;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The history at scale: 170,000 runs with 1,000,000 attempts of realistic size in an H2 file database, the console
 * started on it, and the history's pages and CSV export timed over HTTP as a signed-in auditor. Run by
 * {@code bench/history.sh}; not a test, its numbers depend on the machine.
 */
public final class HistoryBenchmark {

    private static final int RUNS = 170_000;
    private static final int ATTEMPTS = 1_000_000;
    private static final int USERS = 40;
    private static final int WARM_UP = 30;
    private static final int MEASURED = 200;
    private static final Path DATA = Path.of("target", "bench");

    private final HttpClient http;
    private final String base;
    private final Random random = new Random(42);

    private HistoryBenchmark(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    /** The few SQL spellings that differ between H2 and PostgreSQL for generating rows. */
    private record Dialect(String numbers, String uuid, String text) {

        static final Dialect H2 = new Dialect("SYSTEM_RANGE(1, %d)", "CAST(RANDOM_UUID() AS VARCHAR)", "TO_CHAR(%s)");
        static final Dialect POSTGRES = new Dialect(
                "generate_series(CAST(1 AS BIGINT), %d) AS numbers(X)",
                "CAST(gen_random_uuid() AS VARCHAR)", "CAST(%s AS TEXT)");

        String numbers(int count) {
            return String.format(numbers, count);
        }

        String text(String expression) {
            return String.format(text, expression);
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
            fill(jdbc, postgres ? Dialect.POSTGRES : Dialect.H2);
            System.out.printf("filled %,d runs and %,d attempts in %.0f s%n", RUNS, ATTEMPTS, seconds(started));
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HistoryBenchmark bench = new HistoryBenchmark("http://localhost:" + port);
            bench.signIn("auditor");
            bench.pages(jdbc);
            bench.export();
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

    /** Set-based inserts in H2: runs over 354 days by 40 users on 3 targets, about 6 attempts each. */
    private static void fill(JdbcClient jdbc, Dialect sql) {
        jdbc.sql("INSERT INTO provisioning_run (id, target_name, target_url, cluster_domain, customer_domain,"
                        + " started_by, started_at, updated_at, finished_at, status, client_id, environment_id,"
                        + " contact_center_id, version)"
                        + " SELECT X, 'GAuth ' || CASE MOD(X, 3) WHEN 0 THEN 'EU' WHEN 1 THEN 'US' ELSE 'APAC' END,"
                        + " 'https://gauth-' || MOD(X, 3) || '.example.com', 'customer' || X || '.example.com',"
                        + " 'customer' || X || '.com',"
                        + " 'user' || MOD(X, " + USERS + "),"
                        + " TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00' + X * INTERVAL '3' MINUTE,"
                        + " TIMESTAMP WITH TIME ZONE '2025-01-01 00:05:00+00' + X * INTERVAL '3' MINUTE,"
                        + " TIMESTAMP WITH TIME ZONE '2025-01-01 00:05:00+00' + X * INTERVAL '3' MINUTE,"
                        + " CASE MOD(X, 10) WHEN 0 THEN 'FAILED' WHEN 1 THEN 'IN_PROGRESS' ELSE 'SUCCEEDED' END,"
                        + " 'client-' || X, " + sql.uuid() + ", " + sql.uuid() + ", 0"
                        + " FROM " + sql.numbers(RUNS))
                .update();
        String requestBody = "'{\"data\":{\"name\":\"external_api_client\",\"clientType\":\"CONFIDENTIAL\","
                + "\"internalClient\":true,\"client_id\":\"client-' || X || '\",\"client_secret\":"
                + "\"[REDACTED hmac:' || LPAD(" + sql.text("MOD(X, 9973)") + ", 12, '0') || ']\",\"authorities\":"
                + "[\"ROLE_INTERNAL_CLIENT\"],\"scope\":[\"*\"],\"authorizedGrantTypes\":[\"client_credentials\","
                + "\"authorization_code\",\"refresh_token\",\"password\"],\"redirectURIs\":"
                + "[\"https://gauth.customer' || X || '.example.com\"],\"accessTokenExpirationTimeout\":43200,"
                + "\"refreshTokenExpirationTimeout\":43200}}'";
        jdbc.sql("INSERT INTO step_attempt (id, run_id, step, attempt_number, actor, started_at, finished_at, status,"
                        + " inputs, request_method, request_url, request_headers, request_body, response_status,"
                        + " response_headers, response_body, duration_ms, returned_ids, failure_reason)"
                        + " SELECT X, R, CASE MOD(X, 6) WHEN 0 THEN 'CREATE_API_CLIENT' WHEN 1 THEN 'CREATE_TOKEN'"
                        + " WHEN 2 THEN 'ADD_ENVIRONMENT' WHEN 3 THEN 'ADD_CONTACT_CENTER' WHEN 4 THEN"
                        + " 'ADD_DATA_CENTER' ELSE 'UPDATE_CORS' END, X, 'user' || MOD(R, " + USERS + "),"
                        + " TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00' + R * INTERVAL '3' MINUTE"
                        + " + MOD(X, 7) * INTERVAL '10' SECOND,"
                        + " TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:01+00' + R * INTERVAL '3' MINUTE"
                        + " + MOD(X, 7) * INTERVAL '10' SECOND,"
                        + " CASE WHEN MOD(X, 17) = 0 THEN 'FAILED' ELSE 'SUCCEEDED' END,"
                        + " '{\"clientId\":\"client-' || R || '\"}', 'POST',"
                        + " 'https://gauth-' || MOD(R, 3) || '.example.com/auth/v3/ops/clients',"
                        + " '{\"Authorization\":[\"Basic ops:[REDACTED hmac:d166c036fd86]\"],"
                        + "\"Content-Type\":[\"application/json\"],\"Accept\":[\"application/json\"]}', "
                        + requestBody + ", CASE WHEN MOD(X, 17) = 0 THEN 500 ELSE 200 END,"
                        + " '{\"Content-Type\":[\"application/json\"]}',"
                        + " '{\"status\":{\"code\":0},\"path\":\"/environments/' || " + sql.uuid()
                        + " || '\",\"data\":{\"client_id\":\"client-' || R || '\"}}', 120 + MOD(X, 300),"
                        + " '{\"client_id\":\"client-' || R || '\"}',"
                        + " CASE WHEN MOD(X, 17) = 0 THEN 'GAuth answered HTTP 500 with status code 7: db down' END"
                        + " FROM (SELECT X, 1 + (X - 1) * " + RUNS + " / " + ATTEMPTS + " AS R FROM "
                        + sql.numbers(ATTEMPTS) + ") generated")
                .update();
        jdbc.sql("ALTER TABLE provisioning_run ALTER COLUMN id RESTART WITH " + (RUNS + 1))
                .update();
        jdbc.sql("ALTER TABLE step_attempt ALTER COLUMN id RESTART WITH " + (ATTEMPTS + 1))
                .update();
        // Generated rows stand for history recorded before the chain began.
        jdbc.sql("UPDATE audit_chain_head SET chained_after_attempt_id = " + ATTEMPTS)
                .update();
        jdbc.sql("ANALYZE").update();
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
            String ccid = jdbc.sql("SELECT contact_center_id FROM provisioning_run WHERE id = ?")
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
        time("run detail (about 6 attempts)", i -> "/history/runs/" + (1 + random.nextInt(RUNS)));
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
