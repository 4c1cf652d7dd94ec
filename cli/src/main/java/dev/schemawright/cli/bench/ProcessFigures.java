package dev.schemawright.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * Resident memory and CPU time of a process as Linux reports them in {@code /proc/PID/status} and {@code /proc/PID/stat}
 * (the bench reads the five local processes by their recorded pids). Empty where /proc is not there.
 */
public final class ProcessFigures {
    /** USER_HZ: the unit of utime and stime in /proc/PID/stat; 100 on every Linux this runs on. */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessFigures() {
    }

    /** VmRSS in bytes. */
    public static OptionalLong rssBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmRSS:")) {
                    String[] parts = line.substring(6).trim().split("\\s+");
                    return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone or not Linux: no figure
        }
        return OptionalLong.empty();
    }

    /** User plus system CPU time of the whole process (all threads) in milliseconds. */
    public static OptionalLong cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
            // the command name (2nd field) may hold spaces and parentheses: count fields after its closing one
            List<String> fields = List.of(stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+"));
            long ticks = Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
            return OptionalLong.of(ticks * 1000 / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
