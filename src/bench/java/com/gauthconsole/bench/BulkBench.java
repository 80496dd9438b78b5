package com.gauthconsole.bench;

import com.gauthconsole.testing.ConsoleSession;
import com.gauthconsole.testing.WizardDriver;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bulk job of N rows against the stand-in, next to the same number of runs clicked through the wizard's pages (by
 * one user, and by as many users at once as a job runs rows at once). Started by {@code bench/bulk.sh}, which starts
 * the stand-in and the packaged console.
 */
public final class BulkBench {

    private static final String TARGET = "Stand-in";
    private static final Pattern STATUS = Pattern.compile("id=\"job-status\">([A-Z]+)<");
    private static final Pattern RATE = Pattern.compile("id=\"job-rate\">\\(([0-9.]+) rows a second\\)<");
    private static final String HEADER = "target,cluster_domain,customer_domain,cc_id,client_id,client_secret,"
            + "config_server_host,config_server_port,config_server_user,config_server_password,config_server_location,"
            + "data_center_location,entry_point,read_only,cors_origins";

    private final String console;
    private final AtomicInteger customers = new AtomicInteger();

    private BulkBench(String console) {
        this.console = console;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int rows = Integer.parseInt(options.get("rows"));
        int parallel = Integer.parseInt(options.get("parallel"));
        BulkBench bench = new BulkBench(options.get("console"));

        // Both paths compile their hot code first: a job and clicked runs of a fifth of the size.
        bench.bulk(rows / 5);
        bench.clicked(rows / 5, parallel);

        Clicked oneUser = bench.clicked(rows, 1);
        Clicked users = bench.clicked(rows, parallel);
        Bulk bulk = bench.bulk(rows);

        String report = String.join(
                "\n",
                "## Bulk provisioning (bench/bulk.sh)",
                "",
                "Measured " + java.time.LocalDate.now() + " with " + options.get("note") + ". GAuth stand-in: every call"
                        + " delayed " + options.get("latency-ms") + " ms. " + rows + " customers each way, after a"
                        + " warm-up of " + rows / 5 + " each way.",
                "",
                "| how | customers | errors | seconds | customers per second |",
                "|---|---:|---:|---:|---:|",
                String.format(
                        "| bulk job, %d rows at a time (the console's own start-to-end time) | %d | %d | %.1f | %.1f |",
                        parallel, rows, bulk.errors, rows / bulk.serverRate, bulk.serverRate),
                String.format(
                        "| bulk job, as the uploader waits (start pressed to FINISHED seen, page polled every 0.2 s)"
                                + " | %d | %d | %.1f | %.1f |",
                        rows, bulk.errors, bulk.clientSeconds, rows / bulk.clientSeconds),
                String.format(
                        "| runs clicked through the pages by 1 user | %d | %d | %.1f | %.1f |",
                        rows, oneUser.errors, oneUser.seconds, rows / oneUser.seconds),
                String.format(
                        "| runs clicked through the pages by %d users at once | %d | %d | %.1f | %.1f |",
                        parallel, rows, users.errors, users.seconds, rows / users.seconds),
                "");
        System.out.println(report);
        Path out = Path.of(options.get("out"));
        String results = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
        int previous = results.indexOf("## Bulk provisioning (bench/bulk.sh)");
        Files.writeString(
                out,
                (previous < 0 ? results + "\n" : results.substring(0, previous)) + report,
                StandardCharsets.UTF_8);
    }

    private record Clicked(int errors, double seconds) {}

    private record Bulk(int errors, double serverRate, double clientSeconds) {}

    private Clicked clicked(int runs, int users) throws Exception {
        AtomicInteger left = new AtomicInteger(runs);
        AtomicInteger errors = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(users);
        List<ConsoleSession> sessions = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            ConsoleSession session = new ConsoleSession(console);
            session.signIn("operator", "operator");
            sessions.add(session);
        }
        long started = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (ConsoleSession session : sessions) {
            work.add(threads.submit(() -> {
                WizardDriver driver = new WizardDriver(session);
                while (left.getAndDecrement() > 0) {
                    try {
                        errors.addAndGet(driver.runThrough(TARGET, unique()).succeeded() ? 0 : 1);
                    } catch (Exception failed) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> done : work) {
            done.get();
        }
        threads.shutdown();
        return new Clicked(errors.get(), (System.nanoTime() - started) / 1e9);
    }

    private Bulk bulk(int rows) throws Exception {
        ConsoleSession session = new ConsoleSession(console);
        session.signIn("operator", "operator");
        session.open("/bulk");
        HttpResponse<String> checked = session.postFile("/bulk", "file", "customers.csv", csv(rows));
        String location = checked.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "The upload was not accepted: HTTP " + checked.statusCode() + " " + checked.body()));
        String job = location.replaceFirst("^https?://[^/]+", "");
        session.open(job);
        long started = System.nanoTime();
        session.post(job + "/start", Map.of());
        String page;
        String status;
        do {
            Thread.sleep(200);
            page = session.get(job).body();
            status = first(STATUS, page);
        } while (status.equals("RUNNING") || status.equals("PREVIEWED"));
        double clientSeconds = (System.nanoTime() - started) / 1e9;
        String result = session.get(job + "/result.csv").body();
        int succeeded = result.split(",SUCCEEDED,", -1).length - 1;
        return new Bulk(rows - succeeded, Double.parseDouble(first(RATE, page)), clientSeconds);
    }

    private byte[] csv(int rows) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (int i = 0; i < rows; i++) {
            String unique = unique();
            String domain = unique + ".example.com";
            csv.append(String.join(
                            ",",
                            TARGET,
                            domain,
                            unique + ".com",
                            "cc-" + unique,
                            "client-" + unique,
                            "",
                            "172.24.132.84",
                            "2020",
                            "default",
                            "bench-password",
                            "/USW1",
                            "/" + unique,
                            "https://gauth." + domain,
                            "false",
                            "https://wwe." + domain))
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String unique() {
        return "k" + customers.incrementAndGet() + "x" + Long.toHexString(System.nanoTime() & 0xffffff);
    }

    private static String first(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("Not on the job page: " + pattern);
        }
        return matcher.group(1);
    }
}
