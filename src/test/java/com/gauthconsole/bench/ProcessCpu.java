package com.gauthconsole.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time a process has used so far, in total and in its JIT compiler threads, from Linux's per-thread
 * {@code /proc/<pid>/task/<tid>/stat} (user + system time, in clock ticks of 10 ms).
 */
record ProcessCpu(long totalMillis, long compilerMillis) {

    private static final long MILLIS_PER_TICK = 10;

    static ProcessCpu of(long pid) {
        long total = 0;
        long compiler = 0;
        try (Stream<Path> threads = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path thread : threads.toList()) {
                String stat = readOrEmpty(thread.resolve("stat"));
                if (stat.isEmpty()) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                List<String> fields =
                        List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
                // After the name: state is field 3 of stat(5), utime field 14, stime field 15.
                long ticks = Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
                total += ticks;
                if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                    compiler += ticks;
                }
            }
        } catch (IOException processGone) {
            return new ProcessCpu(0, 0);
        }
        return new ProcessCpu(total * MILLIS_PER_TICK, compiler * MILLIS_PER_TICK);
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
