package vn.vanban.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.vanban.fonts.FontSet;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.render.Engine;
import vn.vanban.render.Formats;
import vn.vanban.load.TemplateSource;
import vn.vanban.write.DocumentWriter;

/**
 * {@code vanban bench [--json FILE]}: measures, in one run, warm rendering in this JVM, the cold command
 * line (a new process per document, as a clerk runs it), a batch of generated commune plans in one
 * process, and LibreOffice converting the same DOCX. Prints a table and, with {@code --json}, writes the
 * figures. Nothing here is asserted: the numbers are for people to read.
 */
public final class BenchCommand {
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page\\b");
    private static final String BATCH_BASE = "bao-linh-ke-hoach-2024.yaml";
    private static final long CHILD_TIMEOUT_S = 300;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** Targets of issue 10 (warm and cold tightened from issue 6's 1.0), printed beside the figures. */
    static final double TARGET_WARM_MS_PER_PAGE = 0.7;
    static final double TARGET_COLD_S = 0.7;
    static final double TARGET_BATCH_DOCS_PER_S = 100;
    static final double TARGET_BATCH_RSS_MB = 512;
    static final double TARGET_SPEEDUP = 30;

    private final PrintStream out;
    private final PrintStream err;

    /** Command-line settings. */
    record Settings(Path json, int batchDocs, int coldRuns, int loRuns, int loBatchDocs, int warmRuns,
                    double warmUpSeconds, boolean libreOffice) {
        static Settings defaults() {
            return new Settings(null, 500, 5, 3, 20, 30, 8, true);
        }

        Settings quick() {
            return new Settings(json, 100, 3, 1, 5, 10, 2, libreOffice);
        }
    }

    public BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) {
        Settings s = Settings.defaults();
        boolean redlineOnly = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            try {
                switch (a) {
                    case "--json" -> s = with(s, "json", args.get(++i));
                    case "--batch" -> s = with(s, "batch", args.get(++i));
                    case "--runs" -> s = with(s, "runs", args.get(++i));
                    case "--quick" -> s = s.quick();
                    case "--so-sanh" -> redlineOnly = true;
                    case "--no-libreoffice", "--khong-libreoffice" -> s = with(s, "nolo", null);
                    default -> {
                        err.println("vanban bench: tùy chọn lạ / unknown option " + a);
                        err.println("vanban bench [--json TỆP] [--batch N] [--runs N] [--quick] [--no-libreoffice] [--so-sanh]");
                        return 2;
                    }
                }
            } catch (IndexOutOfBoundsException | NumberFormatException e) {
                err.println("vanban bench: " + a + " cần một giá trị / needs a value");
                return 2;
            }
        }
        try {
            if (redlineOnly) {
                Path work = Files.createTempDirectory("vanban-bench-");
                try {
                    Map<String, Object> r = RedlineBench.measure(samples(home().resolve("content")), s.warmRuns(),
                            s.warmUpSeconds(), work);
                    RedlineBench.print(out, r);
                    if (s.json() != null) {
                        Files.writeString(s.json(), Json.write(r), StandardCharsets.UTF_8);
                    }
                    return 0;
                } finally {
                    deleteTree(work);
                }
            }
            Map<String, Object> report = measure(s);
            printTable(report);
            if (s.json() != null) {
                Path parent = s.json().toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Files.writeString(s.json(), Json.write(report), StandardCharsets.UTF_8);
                out.println("JSON: " + s.json());
            }
            return 0;
        } catch (IOException e) {
            err.println("vanban bench: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static Settings with(Settings s, String what, String v) {
        return switch (what) {
            case "json" -> new Settings(Path.of(v), s.batchDocs(), s.coldRuns(), s.loRuns(), s.loBatchDocs(),
                    s.warmRuns(), s.warmUpSeconds(), s.libreOffice());
            case "batch" -> new Settings(s.json(), Integer.parseInt(v), s.coldRuns(), s.loRuns(), s.loBatchDocs(),
                    s.warmRuns(), s.warmUpSeconds(), s.libreOffice());
            case "runs" -> new Settings(s.json(), s.batchDocs(), Integer.parseInt(v), s.loRuns(), s.loBatchDocs(),
                    s.warmRuns(), s.warmUpSeconds(), s.libreOffice());
            default -> new Settings(s.json(), s.batchDocs(), s.coldRuns(), s.loRuns(), s.loBatchDocs(),
                    s.warmRuns(), s.warmUpSeconds(), false);
        };
    }

    // ---------------------------------------------------------------------------------------------

    Map<String, Object> measure(Settings s) throws IOException, InterruptedException {
        Path home = home();
        List<Path> samples = samples(home.resolve("content"));
        if (samples.isEmpty()) {
            throw new IOException("không có tệp mẫu trong / no sample files in " + home.resolve("content"));
        }
        Path work = Files.createTempDirectory("vanban-bench-");
        try {
            Map<String, Object> machine = machine();
            String load0 = loadAverage();

            progress("ấm / warm");
            List<Map<String, Object>> warm = warm(samples, s);

            progress("so sánh / redline");
            Map<String, Object> redline = RedlineBench.measure(samples, s.warmRuns(), s.warmUpSeconds(),
                    work.resolve("redline"));

            progress("lạnh / cold");
            List<String> launcher = launcher(home);
            List<Map<String, Object>> cold = new ArrayList<>();
            for (Path f : samples) {
                cold.add(cold(launcher, f, work.resolve("cold"), s.coldRuns()));
            }
            String coldFile = cold.stream().map(c -> (String) c.get("file")).filter(BATCH_BASE::equals).findFirst()
                    .orElse((String) cold.get(0).get("file"));

            progress("hàng loạt / batch");
            Path base = samples.stream().filter(p -> p.getFileName().toString().equals(BATCH_BASE)).findFirst()
                    .orElse(samples.get(0));
            Map<String, Object> batch = batch(launcher, base, work.resolve("batch"), s.batchDocs());

            Map<String, Object> lo = null;
            Path soffice = s.libreOffice() ? LibreOffice.find() : null;
            if (soffice != null) {
                progress("LibreOffice");
                lo = LibreOffice.measure(soffice, work.resolve("cold"), coldFile, samples, work.resolve("batch/out"),
                        s.loRuns(), s.loBatchDocs(), work.resolve("lo"));
            }
            machine.put("load_average_start", load0);
            machine.put("load_average_end", loadAverage());
            Map<String, Object> r = report(machine, warm, cold, coldFile, batch, lo);
            r.put("cold_command", String.join(" ", launcher) + " render FILE -o DIR");
            r.put("redline", redline);
            return r;
        } finally {
            deleteTree(work);
        }
    }

    /**
     * The report: the headline figures first (the largest sample's warm ms per page, the cold CLI time of
     * {@code coldFile}, the batch rate and memory, LibreOffice's time for the same document and the
     * ratio), then every measurement they come from, then the targets. {@code lo} is null when
     * LibreOffice was not measured.
     */
    static Map<String, Object> report(Map<String, Object> machine, List<Map<String, Object>> warm,
                                      List<Map<String, Object>> cold, String coldFile, Map<String, Object> batch,
                                      Map<String, Object> lo) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("schema", 1);
        Map<String, Object> largest = warm.stream()
                .max(Comparator.comparingInt(w -> ((Number) w.get("pages")).intValue())).orElseThrow();
        Double coldS = cold.stream().filter(c -> coldFile.equals(c.get("file"))).map(c -> (Double) c.get("median_s"))
                .findFirst().orElse(null);
        Double loPerDoc = lo == null ? null : (Double) lo.get("s_per_doc");
        Double loBatch = lo == null ? null : (Double) lo.get("batch_s_per_doc");
        Double batchRate = (Double) batch.get("docs_per_s");
        r.put("warm_ms_per_page", largest.get("ms_per_page"));
        r.put("warm_largest_file", largest.get("file"));
        r.put("cold_cli_s", coldS);
        r.put("cold_cli_file", coldFile);
        r.put("batch_docs_per_s", batchRate);
        r.put("batch_peak_rss_mb", batch.get("peak_rss_mb"));
        r.put("libreoffice_s_per_doc", loPerDoc);
        r.put("speedup_vs_libreoffice", loPerDoc == null || coldS == null ? null : Json.round(loPerDoc / coldS, 1));
        r.put("speedup_vs_libreoffice_batch", loBatch == null || batchRate == null ? null
                : Json.round(loBatch * batchRate, 1));
        // An office's script looping soffice over the communes, against one vanban render of the folder.
        r.put("speedup_batch_vs_libreoffice_per_process", loPerDoc == null || batchRate == null ? null
                : Json.round(loPerDoc * batchRate, 1));
        r.put("machine", machine);
        r.put("warm", warm);
        r.put("cold", cold);
        r.put("batch", batch);
        r.put("libreoffice", lo);
        r.put("targets", targets(r));
        return r;
    }

    private void progress(String what) {
        err.println("vanban bench: đang đo / measuring " + what + "...");
    }

    /** The project directory: set by the launcher; otherwise the working directory. */
    static Path home() {
        String h = System.getProperty("vanban.home");
        return Path.of(h == null || h.isBlank() ? "." : h).toAbsolutePath().normalize();
    }

    private static List<Path> samples(Path content) throws IOException {
        if (!Files.isDirectory(content)) {
            return List.of();
        }
        try (Stream<Path> st = Files.list(content)) {
            return st.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** How a clerk starts vanban: the launcher script if there is one, else this JVM's java and class path. */
    private static List<String> launcher(Path home) {
        Path script = home.resolve("vanban");
        if (Files.isExecutable(script)) {
            return List.of(script.toString());
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), "vn.vanban.cli.Main");
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        m.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return m;
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    // --- warm ------------------------------------------------------------------------------------

    /**
     * In this JVM: each file rendered as DOCX only, PDF only, both on one thread (what each worker of a
     * batch does) and both side by side (DOCX on a second thread, what {@code vanban render FILE} does),
     * from reading the YAML to the finished bytes in memory (no disk writes). Every file is first rendered
     * round-robin for a few seconds so the JIT has compiled the hot paths.
     */
    private List<Map<String, Object>> warm(List<Path> files, Settings s) {
        Engine engine = new Engine(TemplateSource.defaults());
        Formats formats = new Formats(Nd30Profile.defaults(), FontSet::bundled);
        DocumentWriter docx = formats.writer("docx");
        DocumentWriter pdf = formats.writer("pdf");
        long until = System.nanoTime() + (long) (s.warmUpSeconds() * 1e9);
        int rounds = 0;
        while (rounds < 3 || System.nanoTime() < until) {
            for (Path f : files) {
                Engine.Rendered r = engine.render(f);
                docx.write(r.layout());
                pdf.write(r.layout());
            }
            rounds++;
        }
        List<Map<String, Object>> res = new ArrayList<>();
        java.util.concurrent.ExecutorService side = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-side");
            t.setDaemon(true);
            return t;
        });
        for (Path f : files) {
            List<Double> tLayout = new ArrayList<>();
            List<Double> tDocx = new ArrayList<>();
            List<Double> tPdf = new ArrayList<>();
            List<Double> tBoth = new ArrayList<>();
            List<Double> cBoth = new ArrayList<>();
            List<Double> cLayout = new ArrayList<>();
            List<Double> cDocx = new ArrayList<>();
            List<Double> cPdf = new ArrayList<>();
            List<Double> tSide = new ArrayList<>();
            byte[] lastPdf = null;
            long docxBytes = 0;
            for (int i = 0; i < s.warmRuns(); i++) {
                long t0 = System.nanoTime();
                docxBytes = docx.write(engine.render(f).layout()).length;
                long t1 = System.nanoTime();
                pdf.write(engine.render(f).layout());
                long c2 = THREADS.getCurrentThreadCpuTime();
                long t2 = System.nanoTime();
                Engine.Rendered r = engine.render(f);
                long t3 = System.nanoTime();
                long c3 = THREADS.getCurrentThreadCpuTime();
                docx.write(r.layout());
                long c4 = THREADS.getCurrentThreadCpuTime();
                lastPdf = pdf.write(r.layout());
                long t4 = System.nanoTime();
                long c5 = THREADS.getCurrentThreadCpuTime();
                cBoth.add((c5 - c2) / 1e6);
                cLayout.add((c3 - c2) / 1e6);
                cDocx.add((c4 - c3) / 1e6);
                cPdf.add((c5 - c4) / 1e6);
                long t5 = System.nanoTime();
                Engine.Rendered r2 = engine.render(f);
                java.util.concurrent.Future<byte[]> d = side.submit(() -> docx.write(r2.layout()));
                pdf.write(r2.layout());
                join(d);
                tSide.add((System.nanoTime() - t5) / 1e6);
                tDocx.add((t1 - t0) / 1e6);
                tPdf.add((t2 - t1) / 1e6);
                tLayout.add((t3 - t2) / 1e6);
                tBoth.add((t4 - t2) / 1e6);
            }
            int pages = pages(lastPdf);
            Stats both = Stats.of(tBoth);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", f.getFileName().toString());
            m.put("pages", pages);
            m.put("docx_bytes", docxBytes);
            m.put("pdf_bytes", lastPdf.length);
            m.put("layout", Stats.of(tLayout).json("ms", 2));
            m.put("docx", Stats.of(tDocx).json("ms", 2));
            m.put("pdf", Stats.of(tPdf).json("ms", 2));
            m.put("both", both.json("ms", 2));
            m.put("both_cpu_median_ms", Json.round(Stats.of(cBoth).median(), 2));
            double cl = Stats.of(cLayout).median();
            double cd = Stats.of(cDocx).median();
            double cp = Stats.of(cPdf).median();
            Map<String, Object> cpu = new LinkedHashMap<>();
            cpu.put("layout", Json.round(cl, 2));
            cpu.put("docx", Json.round(cd, 2));
            cpu.put("pdf", Json.round(cp, 2));
            m.put("cpu_median_ms", cpu);
            // What side by side takes when each thread has a core to itself: layout, then the slower writer.
            m.put("ms_per_page_cpu_estimate", Json.round((cl + Math.max(cd, cp)) / Math.max(1, pages), 3));
            Stats sideBySide = Stats.of(tSide);
            m.put("both_side_by_side", sideBySide.json("ms", 2));
            m.put("ms_per_page", Json.round(sideBySide.median() / Math.max(1, pages), 3));
            m.put("ms_per_page_one_thread", Json.round(both.median() / Math.max(1, pages), 3));
            res.add(m);
        }
        side.shutdown();
        return res;
    }

    private static byte[] join(java.util.concurrent.Future<byte[]> f) {
        try {
            return f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Pages of a PDF: its page objects ({@code /Type /Page}, not {@code /Pages}). */
    static int pages(byte[] pdf) {
        Matcher m = PAGE.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    // --- cold ------------------------------------------------------------------------------------

    /** One document, both formats, a new process per run; the first run is not counted. */
    private static Map<String, Object> cold(List<String> launcher, Path file, Path outDir, int runs)
            throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        List<String> cmd = new ArrayList<>(launcher);
        cmd.addAll(List.of("render", file.toString(), "-o", outDir.toString()));
        Path log = outDir.resolve("log.txt");
        List<Double> times = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            Child.Result r = Child.run(cmd, log, CHILD_TIMEOUT_S);
            if (r.exit() != 0) {
                throw new IOException("vanban render " + file + " exit " + r.exit() + ":\n" + r.output());
            }
            if (i > 0) {
                times.add(r.seconds());
                rss.add(r.peakRssMb());
                cpu.add(r.cpuSeconds());
            }
        }
        Stats st = Stats.of(times);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.getFileName().toString());
        m.put("runs_s", times.stream().map(t -> Json.round(t, 3)).toList());
        m.put("min_s", Json.round(st.min(), 3));
        m.put("median_s", Json.round(st.median(), 3));
        m.put("cpu_median_s", Json.round(Stats.of(cpu).median(), 3));
        m.put("peak_rss_mb", Json.round(Stats.of(rss).median(), 0));
        return m;
    }

    // --- batch -----------------------------------------------------------------------------------

    /** N variants of a commune plan, rendered to DOCX and PDF by one {@code vanban render DIR}. */
    private static Map<String, Object> batch(List<String> launcher, Path base, Path dir, int n)
            throws IOException, InterruptedException {
        Path in = dir.resolve("in");
        Path outDir = dir.resolve("out");
        Variants.write(base, in, n);
        Files.createDirectories(outDir);
        List<String> cmd = new ArrayList<>(launcher);
        cmd.addAll(List.of("render", in.toString(), "-o", outDir.toString()));
        Child.Result r = Child.run(cmd, dir.resolve("log.txt"), CHILD_TIMEOUT_S);
        if (r.exit() != 0) {
            throw new IOException("vanban render " + in + " exit " + r.exit() + ":\n" + r.output());
        }
        long written;
        try (Stream<Path> st = Files.list(outDir)) {
            written = st.filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".docx")).count();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("docs", n);
        m.put("files_written", written);
        m.put("base", base.getFileName().toString());
        m.put("wall_s", Json.round(r.seconds(), 3));
        m.put("docs_per_s", Json.round(n / r.seconds(), 1));
        m.put("peak_rss_mb", Json.round(r.peakRssMb(), 0));
        m.put("cpu_s", Json.round(r.cpuSeconds(), 2));
        m.put("cpu_ms_per_doc", Json.round(r.cpuSeconds() * 1000 / n, 1));
        // Upper bound on a machine with nothing else running: every core busy with this batch only.
        m.put("cpu_bound_docs_per_s_estimate", Json.round(
                Runtime.getRuntime().availableProcessors() * n / r.cpuSeconds(), 1));
        return m;
    }

    // --- report ----------------------------------------------------------------------------------

    private static Map<String, Object> targets(Map<String, Object> r) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("warm_ms_per_page", target("<=", TARGET_WARM_MS_PER_PAGE, r.get("warm_ms_per_page")));
        t.put("cold_cli_s", target("<=", TARGET_COLD_S, r.get("cold_cli_s")));
        t.put("batch_docs_per_s", target(">=", TARGET_BATCH_DOCS_PER_S, r.get("batch_docs_per_s")));
        t.put("batch_peak_rss_mb", target("<=", TARGET_BATCH_RSS_MB, r.get("batch_peak_rss_mb")));
        t.put("speedup_vs_libreoffice", target(">=", TARGET_SPEEDUP, r.get("speedup_vs_libreoffice")));
        return t;
    }

    private static Map<String, Object> target(String op, double goal, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("goal", op + " " + fmt(goal));
        m.put("met", value instanceof Number v ? (op.equals("<=") ? v.doubleValue() <= goal : v.doubleValue() >= goal)
                : null);
        return m;
    }

    @SuppressWarnings("unchecked")
    void printTable(Map<String, Object> r) {
        Map<String, Object> m = (Map<String, Object>) r.get("machine");
        out.printf(Locale.ROOT, "vanban bench — %s lõi (cores), %s, tải máy (load avg) %s → %s%n", m.get("cores"),
                m.get("java"), m.get("load_average_start"), m.get("load_average_end"));
        if (busy(m)) {
            out.println("CHÚ Ý: máy đang bận việc khác (load average > số lõi): thời gian thực bị kéo dài; cột CPU ổn"
                    + " định hơn. / NOTE: the machine is busy with other work; wall times are inflated, CPU figures"
                    + " are steadier.");
        }
        out.println();
        out.println("Kết xuất ấm, trong một JVM (warm render in one JVM), ms: trung vị / p95 (median / p95);"
                + " cả hai = DOCX + PDF (both), 1 luồng (one thread) hoặc song song (side by side, as render FILE)");
        out.printf(Locale.ROOT, "%-34s %5s %15s %15s %15s %15s %8s %15s %9s%n", "tệp (file)", "trang",
                "bố cục (layout)", "DOCX", "PDF", "cả hai, 1 luồng", "CPU ms", "cả hai, song song", "ms/trang");
        for (Map<String, Object> w : (List<Map<String, Object>>) r.get("warm")) {
            out.printf(Locale.ROOT, "%-34s %5d %15s %15s %15s %15s %8s %15s %9s%n", w.get("file"), w.get("pages"),
                    mp((Map<String, Object>) w.get("layout")), mp((Map<String, Object>) w.get("docx")),
                    mp((Map<String, Object>) w.get("pdf")), mp((Map<String, Object>) w.get("both")),
                    w.get("both_cpu_median_ms"), mp((Map<String, Object>) w.get("both_side_by_side")),
                    w.get("ms_per_page"));
        }
        out.println("  CPU ms (luồng này / this thread) bố cục, DOCX, PDF → ước tính ms/trang khi mỗi luồng có một lõi"
                + " (estimate, each thread on its own core):");
        for (Map<String, Object> w : (List<Map<String, Object>>) r.get("warm")) {
            out.printf(Locale.ROOT, "  %-34s %s → %s ms/trang%n", w.get("file"), w.get("cpu_median_ms"),
                    w.get("ms_per_page_cpu_estimate"));
        }
        out.println();
        RedlineBench.print(out, (Map<String, Object>) r.get("redline"));
        out.println("Khởi động lạnh, một văn bản, DOCX + PDF (cold CLI, new process per run), giây (s):");
        for (Map<String, Object> c : (List<Map<String, Object>>) r.get("cold")) {
            out.printf(Locale.ROOT, "  %-34s trung vị (median) %6s   nhỏ nhất (min) %6s   CPU %6s   RSS %s MB   %s%n",
                    c.get("file"), c.get("median_s"), c.get("min_s"), c.get("cpu_median_s"), c.get("peak_rss_mb"),
                    c.get("runs_s"));
        }
        Map<String, Object> b = (Map<String, Object>) r.get("batch");
        out.println();
        out.printf(Locale.ROOT, "Hàng loạt (batch): %s văn bản (docs) từ %s, một lệnh render: %s s → %s văn bản/s,"
                + " RAM đỉnh (peak RSS) %s MB, CPU %s s (%s ms/văn bản)%n", b.get("docs"), b.get("base"),
                b.get("wall_s"), b.get("docs_per_s"), b.get("peak_rss_mb"), b.get("cpu_s"), b.get("cpu_ms_per_doc"));
        out.printf(Locale.ROOT, "  giới hạn theo CPU khi máy rảnh (upper bound, idle machine, all cores): %s văn bản/s%n",
                b.get("cpu_bound_docs_per_s_estimate"));
        Map<String, Object> lo = (Map<String, Object>) r.get("libreoffice");
        out.println();
        if (lo == null) {
            out.println("LibreOffice: không đo (not measured)");
        } else {
            out.printf(Locale.ROOT, "LibreOffice (soffice --headless --convert-to pdf, một tiến trình mỗi văn bản /"
                    + " one process per doc): %s s/văn bản (%s)%n", lo.get("s_per_doc"), lo.get("file"));
            for (Map<String, Object> d : (List<Map<String, Object>>) lo.get("per_file")) {
                out.printf(Locale.ROOT, "  %-34s trung vị (median) %6s s   %s%n", d.get("file"), d.get("median_s"),
                        d.get("runs_s"));
            }
            out.printf(Locale.ROOT, "  hàng loạt (batch, %s văn bản trong một tiến trình / docs in one process):"
                    + " %s s/văn bản%n", lo.get("batch_docs"), lo.get("batch_s_per_doc"));
            out.printf(Locale.ROOT, "  vanban nhanh hơn (speedup): %s× lạnh/lạnh (cold vs cold), %s× hàng loạt"
                    + " (batch vs batch), %s× một lệnh render thư mục so với soffice từng văn bản (one render DIR"
                    + " against one soffice per document)%n", r.get("speedup_vs_libreoffice"),
                    r.get("speedup_vs_libreoffice_batch"), r.get("speedup_batch_vs_libreoffice_per_process"));
        }
        out.println();
        out.println("Mục tiêu (targets):");
        Map<String, Object> t = (Map<String, Object>) r.get("targets");
        for (Map.Entry<String, Object> e : t.entrySet()) {
            Map<String, Object> g = (Map<String, Object>) e.getValue();
            Object met = g.get("met");
            out.printf(Locale.ROOT, "  %-24s %10s  %-8s %s%n", e.getKey(), r.get(e.getKey()), g.get("goal"),
                    met == null ? "—" : (Boolean) met ? "đạt (met)" : "CHƯA ĐẠT (not met)");
        }
    }

    private static boolean busy(Map<String, Object> machine) {
        try {
            double load = Double.parseDouble(String.valueOf(machine.get("load_average_start")).split(" ")[0]);
            return load > ((Number) machine.get("cores")).doubleValue();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String mp(Map<String, Object> s) {
        return s.get("median_ms") + " / " + s.get("p95_ms");
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> st = Files.walk(dir)) {
            st.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: a temp directory
                }
            });
        } catch (IOException e) {
            // best effort
        }
    }
}
