package vn.vanban.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import vn.vanban.compare.Comparison;
import vn.vanban.compare.LayoutDiff;
import vn.vanban.data.DataStage;
import vn.vanban.fonts.FontSet;
import vn.vanban.layout.Revisions;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.render.Engine;
import vn.vanban.render.FileTrees;
import vn.vanban.render.Formats;
import vn.vanban.load.TemplateSource;

/**
 * {@code vanban so-sanh} warm, in this JVM: for each sample, an edited copy (a new first section, a
 * word changed, a task's lead changed where it has tasks) compared with the original, from both YAML
 * files to the redline's DOCX and PDF bytes (no Git, no disk writes); median and p95 of the whole, and
 * the median of the comparison alone (layout diff and summary, both versions already laid out).
 */
final class RedlineBench {
    private static final Revisions.Author AUTHOR = new Revisions.Author("bench", Instant.EPOCH);

    private RedlineBench() {
    }

    static Map<String, Object> measure(List<Path> samples, int runs, double warmUpSeconds, Path work) throws IOException {
        Path older = FileTrees.copy(samples.get(0).getParent(), work.resolve("cu/content"));
        Path newer = FileTrees.copy(samples.get(0).getParent(), work.resolve("moi/content"));
        Engine engine = new Engine(TemplateSource.defaults());
        Formats formats = new Formats(Nd30Profile.defaults(), FontSet::bundled);
        List<Path[]> pairs = new ArrayList<>();
        for (Path f : samples) {
            Path n = newer.resolve(f.getFileName().toString());
            Files.writeString(n, edit(Files.readString(n, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            pairs.add(new Path[] {older.resolve(f.getFileName().toString()), n});
        }
        long until = System.nanoTime() + (long) (warmUpSeconds * 1e9);
        for (int round = 0; round < 2 || System.nanoTime() < until; round++) {
            for (Path[] p : pairs) {
                once(engine, formats, p);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Path[] p : pairs) {
            List<Double> whole = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            List<Double> diff = new ArrayList<>();
            Comparison last = null;
            for (int i = 0; i < runs; i++) {
                long c0 = processCpuNanos();
                long t0 = System.nanoTime();
                last = once(engine, formats, p);
                whole.add((System.nanoTime() - t0) / 1e6);
                cpu.add((processCpuNanos() - c0) / 1e6);
            }
            Engine.WithSources a = engine.renderWithSources(p[0], DataStage.Request.NONE);
            Engine.WithSources b = engine.renderWithSources(p[1], DataStage.Request.NONE);
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                LayoutDiff.diff(a.rendered().layout(), b.rendered().layout(), AUTHOR);
                vn.vanban.compare.ChangeSummary.of(a, b);
                diff.add((System.nanoTime() - t0) / 1e6);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", p[1].getFileName().toString());
            m.put("insertions", last.redline().insertions());
            m.put("deletions", last.redline().deletions());
            m.put("summary_lines", last.summary().size());
            m.put("both_versions_to_docx_pdf", Stats.of(whole).json("ms", 2));
            // CPU of the whole process (both threads, GC): on a busy machine steadier than wall time.
            m.put("process_cpu_median_ms", Json.round(Stats.of(cpu).median(), 2));
            m.put("diff_and_summary_median_ms", Json.round(Stats.of(diff).median(), 2));
            out.add(m);
        }
        return Map.of("samples", out);
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    /** As the command does it: both versions side by side, then the redline's DOCX beside its PDF. */
    private static Comparison once(Engine engine, Formats formats, Path[] p) {
        Engine.WithSources[] both = Comparison.renderBoth(() -> engine.renderWithSources(p[0], DataStage.Request.NONE),
                () -> engine.renderWithSources(p[1], DataStage.Request.NONE));
        return Comparison.of(both[0], both[1], AUTHOR, formats);
    }

    /** A clerk's round of edits: a new first section, one word, a task's lead. */
    static String edit(String yaml) {
        String s = yaml;
        int body = s.startsWith("noi-dung:") ? 0 : s.indexOf("\nnoi-dung:") + 1;
        if (body > 0 || s.startsWith("noi-dung:")) {
            int lineEnd = s.indexOf('\n', body) + 1;
            int dash = s.indexOf('-', lineEnd);
            String indent = " ".repeat(Math.max(2, dash - s.lastIndexOf('\n', dash) - 1));
            s = s.substring(0, lineEnd) + indent + "- muc: MỤC MỚI ĐỂ ĐO\n" + indent + "  noi-dung:\n" + indent
                    + "    - Nội dung mới của lần sửa này.\n" + s.substring(lineEnd);
            int word = s.indexOf(" các ", lineEnd + 200);
            if (word > 0) {
                s = s.substring(0, word) + " những " + s.substring(word + 5);
            }
        }
        int lead = s.indexOf("chu-tri: ");
        if (lead > 0) {
            s = s.substring(0, lead) + "chu-tri: Sở Y tế" + s.substring(s.indexOf('\n', lead));
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    static void print(PrintStream out, Map<String, Object> r) {
        if (r == null) {
            return;
        }
        out.println("So sánh hai phiên bản, ấm (vanban so-sanh warm: both YAML versions → redline DOCX + PDF), ms:");
        for (Map<String, Object> m : (List<Map<String, Object>>) r.get("samples")) {
            Map<String, Object> w = (Map<String, Object>) m.get("both_versions_to_docx_pdf");
            out.printf(Locale.ROOT, "  %-34s trung vị (median) %8s  p95 %8s  CPU %8s   so sánh (diff + tóm tắt) %6s"
                            + "   +%s −%s%n", m.get("file"), w.get("median_ms"), w.get("p95_ms"),
                    m.get("process_cpu_median_ms"), m.get("diff_and_summary_median_ms"), m.get("insertions"),
                    m.get("deletions"));
        }
        out.println();
    }
}
