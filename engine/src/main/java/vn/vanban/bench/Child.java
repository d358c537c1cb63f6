package vn.vanban.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one child process and measures it from start to exit. While it runs, a watcher reads the child's
 * VmHWM (peak resident set) from /proc every few milliseconds; after an {@code exec} (the launcher script
 * becomes java) the kernel starts the count again, so the value is java's own.
 */
final class Child {
    private static final long POLL_MS = 5;

    /**
     * Exit code, wall seconds, peak resident memory in MB and CPU seconds (user + system, the last reading
     * before exit, so slightly low); NaN where /proc is missing.
     */
    record Result(int exit, double seconds, double peakRssMb, double cpuSeconds, String output) {
    }

    /** Clock ticks per second of /proc/PID/stat times; 100 on Linux for x86 and ARM. */
    private static final double TICKS = 100;

    private Child() {
    }

    static Result run(List<String> command, Path log, long timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        long t0 = System.nanoTime();
        Process p = pb.start();
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        Path stat = Path.of("/proc", Long.toString(p.pid()), "stat");
        long peakKb = -1;
        long ticks = -1;
        boolean proc = Files.isDirectory(Path.of("/proc/self"));
        while (!p.waitFor(proc ? POLL_MS : 100, TimeUnit.MILLISECONDS)) {
            if (proc) {
                peakKb = Math.max(peakKb, vmHwmKb(status));
                ticks = Math.max(ticks, cpuTicks(stat));
            }
            if (System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(timeoutSeconds)) {
                p.destroyForcibly();
                throw new IOException("timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String out = Files.readString(log, StandardCharsets.UTF_8);
        return new Result(p.exitValue(), seconds, peakKb < 0 ? Double.NaN : peakKb / 1024.0,
                ticks < 0 ? Double.NaN : ticks / TICKS, out);
    }

    /** utime + stime + cutime + cstime from /proc/PID/stat, or -1. */
    private static long cpuTicks(Path stat) {
        try {
            String s = Files.readString(stat, StandardCharsets.ISO_8859_1);
            // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
            String[] f = s.substring(s.lastIndexOf(')') + 2).trim().split(" ");
            // f[0] is field 3 (state), so utime (field 14) is f[11].
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long vmHwmKb(Path status) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.ISO_8859_1)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between two reads
        }
        return -1;
    }
}
