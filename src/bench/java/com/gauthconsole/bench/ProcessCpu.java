package com.gauthconsole.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time a process has used so far, in total and in its JIT compiler threads, from Linux's {@code /proc/<pid>/stat}
 * (which also counts threads that have ended) and the compiler threads' {@code /proc/<pid>/task/<tid>/stat} (user +
 * system time, in clock ticks of 10 ms).
 */
record ProcessCpu(long totalMillis, long compilerMillis) {

    private static final long MILLIS_PER_TICK = 10;

    static ProcessCpu of(long pid) {
        Path process = Path.of("/proc/" + pid);
        long compiler = 0;
        try (Stream<Path> threads = Files.list(process.resolve("task"))) {
            for (Path thread : threads.toList()) {
                String stat = readOrEmpty(thread.resolve("stat"));
                String name = stat.isEmpty() ? "" : stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                    compiler += ticks(stat);
                }
            }
        } catch (IOException processGone) {
            return new ProcessCpu(0, 0);
        }
        String total = readOrEmpty(process.resolve("stat"));
        return new ProcessCpu(total.isEmpty() ? 0 : ticks(total) * MILLIS_PER_TICK, compiler * MILLIS_PER_TICK);
    }

    /** User + system time of one stat line: fields 14 and 15 of proc(5), counted from the state after the name. */
    private static long ticks(String stat) {
        List<String> fields = List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
        return Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
    }

    ProcessCpu since(ProcessCpu earlier) {
        return new ProcessCpu(totalMillis - earlier.totalMillis, compilerMillis - earlier.compilerMillis);
    }

    private static String readOrEmpty(Path stat) {
        try {
            return Files.readString(stat);
        } catch (IOException threadEnded) {
            return "";
        }
    }
}
