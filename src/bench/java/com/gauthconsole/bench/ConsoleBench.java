package com.gauthconsole.bench;

import com.gauthconsole.testing.ConsoleSession;
import com.gauthconsole.run.Step;
import com.gauthconsole.testing.WizardDriver;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the console against a GAuth stand-in with a fixed latency: per-step overhead of the wizard's execute
 * requests, a full run against the same six calls made by curl, many runs at once, and the footprint. Started by
 * {@code bench/run.sh}, which starts the stand-in and the packaged console and passes what it measured itself.
 */
public final class ConsoleBench {

    private static final String TARGET = "Stand-in";
    private static final long MAX_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final int WARM_UP_USERS = 10;
    private static final Path STUBS = Path.of("bench/standin/mappings");

    private final Map<String, String> options;
    private final long latencyNanos;
    private final AtomicInteger runsStarted = new AtomicInteger();

    private ConsoleBench(Map<String, String> options) {
        this.options = options;
        this.latencyNanos = TimeUnit.MILLISECONDS.toNanos(Long.parseLong(options.get("latency-ms")));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new ConsoleBench(options).measure();
    }

    private void measure() throws Exception {
        String console = options.get("console");
        int runs = Integer.parseInt(options.get("runs"));
        int users = Integer.parseInt(options.get("users"));
        int runsPerUser = Integer.parseInt(options.get("runs-per-user"));
        long consolePid = Long.parseLong(options.get("console-pid"));

        int warmUpRuns = Integer.parseInt(options.get("warm-up-runs"));
        // Both JVMs compile their hot paths only after thousands of calls; a console in service has long done so.
        concurrently(console, WARM_UP_USERS, Math.max(1, warmUpRuns / WARM_UP_USERS), consolePid);
        long idleRss = rssKib(consolePid);

        Sequential sequential = sequentially(console, runs, consolePid);
        Concurrency concurrency = concurrently(console, users, runsPerUser, consolePid);
        Consistency consistency = consistency();

        double curlRunMs = Double.parseDouble(options.get("curl-run-ms"));
        String report = report(sequential, curlRunMs, concurrency, consistency, idleRss);
        System.out.println(report);
        Files.writeString(Path.of(options.get("out")), report, StandardCharsets.UTF_8);
    }

    private record Sequential(
            int runs,
            int errors,
            Map<Step, Histogram> overhead,
            Histogram allOverhead,
            double meanRunMs,
            ProcessCpu consoleCpu) {}

    private Sequential sequentially(String console, int runs, long consolePid) throws Exception {
        ConsoleSession session = new ConsoleSession(console);
        session.signIn("operator", "operator");
        Map<Step, Histogram> overhead = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            overhead.put(step, new Histogram(MAX_NANOS, 3));
        }
        Histogram allOverhead = new Histogram(MAX_NANOS, 3);
        Histogram runTimes = new Histogram(MAX_NANOS, 3);
        int errors = 0;
        ProcessCpu cpuBefore = ProcessCpu.of(consolePid);
        for (int i = 0; i < runs; i++) {
            WizardDriver.Timings timings = new WizardDriver(session).runThrough(TARGET, unique());
            errors += timings.succeeded() ? 0 : 1;
            runTimes.recordValue(timings.runNanos());
            timings.stepNanos().forEach((step, nanos) -> {
                long extra = Math.max(0, nanos - latencyNanos);
                overhead.get(step).recordValue(extra);
                allOverhead.recordValue(extra);
            });
        }
        ProcessCpu cpu = ProcessCpu.of(consolePid).since(cpuBefore);
        return new Sequential(runs, errors, overhead, allOverhead, runTimes.getMean() / 1e6, cpu);
    }

    private record Concurrency(
            int users,
            int runs,
            int errors,
            double seconds,
            double stepsPerSecond,
            Histogram steps,
            long peakRss,
            Map<String, ProcessCpu> cpu) {}

    private record Consistency(
            long runningAttempts, long unfinishedRuns, long duplicateAttempts, Map<String, Long> standInRequests) {}

    private Concurrency concurrently(String console, int users, int runsPerUser, long consolePid) throws Exception {
        List<ConsoleSession> sessions = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            ConsoleSession session = new ConsoleSession(console);
            session.signIn("operator", "operator");
            sessions.add(session);
        }
        Histogram steps = new Histogram(MAX_NANOS, 3);
        AtomicInteger errors = new AtomicInteger();
        AtomicLong peakRss = new AtomicLong(rssKib(consolePid));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(users + 1);
        List<Future<?>> work = new ArrayList<>();
        for (ConsoleSession session : sessions) {
            work.add(threads.submit(() -> {
                start.await();
                for (int i = 0; i < runsPerUser; i++) {
                    try {
                        WizardDriver.Timings timings = new WizardDriver(session).runThrough(TARGET, unique());
                        errors.addAndGet(timings.succeeded() ? 0 : 1);
                        synchronized (steps) {
                            timings.stepNanos().values().forEach(steps::recordValue);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        Future<?> sampler = threads.submit(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakRss.accumulateAndGet(rssKib(consolePid), Math::max);
                Thread.sleep(200);
            }
            return null;
        });
        Map<String, Long> processes = Map.of(
                "console", consolePid,
                "stand-in", Long.parseLong(options.get("standin-pid")),
                "driver", ProcessHandle.current().pid());
        Map<String, ProcessCpu> cpuBefore = new TreeMap<>();
        processes.forEach((name, pid) -> cpuBefore.put(name, ProcessCpu.of(pid)));
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> user : work) {
            user.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        Map<String, ProcessCpu> cpu = new TreeMap<>();
        processes.forEach((name, pid) -> cpu.put(name, ProcessCpu.of(pid).since(cpuBefore.get(name))));
        sampler.cancel(true);
        threads.shutdownNow();
        int totalRuns = users * runsPerUser;
        return new Concurrency(
                users, totalRuns, errors.get(), seconds, totalRuns * 6 / seconds, steps, peakRss.get(), cpu);
    }

    /** Every attempt closed, every run finished, no step executed twice, and the stand-in got each call once per run. */
    private Consistency consistency() throws Exception {
        try (Connection db = DriverManager.getConnection(options.get("database"), "sa", "")) {
            long running = count(db, "SELECT COUNT(*) FROM step_attempt WHERE status = 'RUNNING'");
            long unfinished = count(db, "SELECT COUNT(*) FROM provisioning_run WHERE status <> 'SUCCEEDED'");
            long duplicates = count(
                    db,
                    "SELECT COUNT(*) FROM (SELECT run_id, step FROM step_attempt GROUP BY run_id, step"
                            + " HAVING COUNT(*) > 1) twice");
            return new Consistency(running, unfinished, duplicates, standInRequests());
        }
    }

    /** How many requests the stand-in received for each of its stubs in {@code bench/standin/mappings}. */
    private Map<String, Long> standInRequests() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        HttpClient http = HttpClient.newHttpClient();
        Map<String, Long> counts = new TreeMap<>();
        try (Stream<Path> stubs = Files.list(STUBS)) {
            for (Path stub : stubs.sorted().toList()) {
                JsonNode mapping = json.readTree(Files.readString(stub));
                String counted = http.send(
                                HttpRequest.newBuilder(URI.create(options.get("standin") + "/__admin/requests/count"))
                                        .POST(HttpRequest.BodyPublishers.ofString(
                                                mapping.get("request").toString()))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                counts.put(
                        mapping.get("name").stringValue(),
                        json.readTree(counted).get("count").asLong());
            }
        }
        return counts;
    }

    private String report(
            Sequential sequential, double curlRunMs, Concurrency concurrency, Consistency consistency, long idleRss) {
        StringBuilder out = new StringBuilder();
        out.append("# Benchmark results\n\n");
        out.append("Measured ")
                .append(LocalDate.now())
                .append(" on ")
                .append(machine())
                .append(".\n");
        out.append(
                        "GAuth stand-in: WireMock in a second JVM answering the six calls as GAuth does, every call delayed ")
                .append(options.get("latency-ms"))
                .append(" ms. Console: the packaged jar, H2 file database, started with ")
                .append(options.get("console-jvm"))
                .append(", measured after ")
                .append(options.get("warm-up-runs"))
                .append(" warm-up runs by ")
                .append(WARM_UP_USERS)
                .append(" users at once.\n\n");
        out.append("## Overhead per call (")
                .append(sequential.runs())
                .append(" sequential runs, ")
                .append(sequential.errors())
                .append(" errors)\n\n");
        out.append("Console time of a step's execute request minus the stand-in's fixed latency.\n\n");
        out.append("| step | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|\n");
        sequential.overhead().forEach((step, histogram) -> out.append(row(step.slug(), histogram)));
        out.append(row("all steps", sequential.allOverhead())).append('\n');
        out.append(String.format(
                "The console's JVM used %.1f ms of CPU per full run (8 requests), %.1f ms of it in its JIT compiler.%n%n",
                (double) sequential.consoleCpu().totalMillis() / sequential.runs(),
                (double) sequential.consoleCpu().compilerMillis() / sequential.runs()));
        out.append("## Against the procedure\n\n");
        out.append("| | mean ms per full run |\n|---|---:|\n");
        out.append(String.format("| console (start + 6 executes + summary page) | %.1f |%n", sequential.meanRunMs()));
        out.append(String.format("| curl script (the reference's 6 commands) | %.1f |%n", curlRunMs));
        out.append(String.format("| ratio console / curl | %.2f |%n%n", sequential.meanRunMs() / curlRunMs));
        out.append("## Concurrency\n\n");
        out.append("| users at once | runs | errors | seconds | step executions/s | p50 ms | p99 ms |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|\n");
        out.append(String.format(
                "| %d | %d | %d | %.1f | %.0f | %.1f | %.1f |%n%n",
                concurrency.users(),
                concurrency.runs(),
                concurrency.errors(),
                concurrency.seconds(),
                concurrency.stepsPerSecond(),
                concurrency.steps().getValueAtPercentile(50) / 1e6,
                concurrency.steps().getValueAtPercentile(99) / 1e6));
        out.append(String.format(
                "CPU used meanwhile, of the %.1f s the %d cores offered: ",
                concurrency.seconds() * Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors()));
        out.append(concurrency.cpu().entrySet().stream()
                        .map(process -> String.format(
                                "%s %.1f s (JIT %.1f s)",
                                process.getKey(),
                                process.getValue().totalMillis() / 1e3,
                                process.getValue().compilerMillis() / 1e3))
                        .collect(Collectors.joining(", ")))
                .append(String.format(
                        "; the console's CPU per step execution: %.1f ms.%n%n",
                        concurrency.cpu().get("console").totalMillis() / (concurrency.runs() * 6.0)));
        out.append("Consistency afterwards: ")
                .append(consistency.runningAttempts())
                .append(" attempts still running, ")
                .append(consistency.unfinishedRuns())
                .append(" runs not succeeded, ")
                .append(consistency.duplicateAttempts())
                .append(" steps attempted twice; requests the stand-in received per call ")
                .append(consistency.standInRequests())
                .append(" for ")
                .append(runsStarted.get())
                .append(" runs: ")
                .append(
                        consistency.standInRequests().values().stream().allMatch(count -> count == runsStarted.get())
                                ? "each call made exactly once per run"
                                : "NOT each call exactly once per run")
                .append(".\n\n");
        out.append("## Footprint\n\n| | |\n|---|---:|\n");
        out.append("| start-up of the packaged jar to a ready login page | ")
                .append(options.get("startup-ms"))
                .append(" ms |\n");
        out.append("| RSS after start-up | ")
                .append(options.get("startup-rss-mib"))
                .append(" MiB |\n");
        out.append("| RSS idle (after warm-up) | ").append(idleRss / 1024).append(" MiB |\n");
        out.append("| RSS peak under load | ")
                .append(concurrency.peakRss() / 1024)
                .append(" MiB |\n");
        return out.toString();
    }

    private static String row(String name, Histogram histogram) {
        return String.format(
                "| %s | %.2f | %.2f | %.2f |%n",
                name,
                histogram.getValueAtPercentile(50) / 1e6,
                histogram.getValueAtPercentile(95) / 1e6,
                histogram.getValueAtPercentile(99) / 1e6);
    }

    private String unique() {
        return "b" + runsStarted.incrementAndGet() + "x" + Long.toHexString(System.nanoTime() & 0xffffff);
    }

    private static long count(Connection db, String sql) throws Exception {
        try (ResultSet result = db.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static long rssKib(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst()
                    .orElse(0L);
        } catch (Exception processGone) {
            return 0;
        }
    }

    private static String machine() {
        Runtime runtime = Runtime.getRuntime();
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse(cpu);
        } catch (Exception noProc) {
            // the CPU name is a nicety
        }
        return runtime.availableProcessors() + " cores (" + cpu + "), Java " + System.getProperty("java.version");
    }
}
