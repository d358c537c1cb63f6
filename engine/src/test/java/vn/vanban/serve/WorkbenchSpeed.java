package vn.vanban.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.vanban.json.JsonWriter;

/**
 * Measures the workbench on the largest sample (not a test: surefire does not pick it up by its name;
 * run it with {@code ./mvnw -q -B -o test -Dtest=WorkbenchSpeed -Dsurefire.failIfNoSpecifiedTests=false}).
 * <ul>
 * <li>keystroke to new pages, in the browser (Performance API measures the page takes): a letter typed
 * into a paragraph, then removed, {@code ROUNDS} times;</li>
 * <li>the server's heap after 1,000 edits, each a different text, sent as the page sends them.</li>
 * </ul>
 * Prints the figures and writes them to engine/target/serve-speed.json. Asserts nothing about time.
 */
class WorkbenchSpeed {
    static final String DOC = "content/nghe-an-ke-hoach-2023.yaml";
    static final int ROUNDS = Integer.getInteger("rounds", 60);
    static final int EDITS = Integer.getInteger("edits", 1000);

    @Test
    void measure() throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        Path profile = Files.createTempDirectory("vanban-chromium-");
        try (TempProject project = new TempProject(); Workbench wb = project.start("vi")) {
            ChromeDriver d = Browser.start(profile);
            try {
                report.put("keystroke_to_pages_ms", keystrokes(d, wb));
                Browser.screenshot(d, "speed-nghe-an");
            } finally {
                d.quit();
            }
            report.put("server_heap_mib", memory(wb, Files.readString(project.file(DOC))));
        } finally {
            try (var s = Files.walk(profile)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        String json = JsonWriter.write(report);
        Files.writeString(Path.of("target", "serve-speed.json"), json);
        System.out.println(json);
    }

    private static Map<String, Object> keystrokes(ChromeDriver d, Workbench wb) throws Exception {
        JavascriptExecutor js = d;
        WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(60));
        d.get(wb.url() + "&file=" + DOC);
        wait.until(x -> Integer.parseInt(x.findElement(By.id("pages-info")).getDomAttribute("data-pages")) > 10);
        int pages = Integer.parseInt(d.findElement(By.id("pages-info")).getDomAttribute("data-pages"));
        // A line of running text (inside a folded paragraph) about a third of the way down.
        Long line = (Long) js.executeScript("""
                const n = vbEditor.lineCount();
                for (let i = Math.floor(n / 3); i < n; i++) if (/^\\s{8,}[^\\s:#\\-][^:#]{50,}$/.test(vbEditor.getLine(i))) return i;
                return -1;""");
        var input = d.findElement(By.cssSelector(".CodeMirror textarea"));
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            int before = ((Long) js.executeScript("return vbTimings.length;")).intValue();
            js.executeScript("vbEditor.focus(); vbEditor.setCursor({line: arguments[0], ch: 20});", line);
            input.sendKeys(i % 2 == 0 ? "x" : org.openqa.selenium.Keys.BACK_SPACE.toString());
            try {
                wait.until(x -> ((Long) js.executeScript("return vbTimings.length;")).intValue() > before);
            } catch (org.openqa.selenium.TimeoutException e) {
                Browser.screenshot(d, "speed-failed");
                throw new AssertionError("round " + i + " at line " + line + ": " + d.findElement(By.id("status")).getText()
                        + " / " + d.findElement(By.id("problems")).getText() + " / " + Browser.console(d));
            }
            Thread.sleep(150);
        }
        List<?> all = (List<?>) js.executeScript("return vbTimings;");
        for (Object o : all.subList(all.size() - ROUNDS, all.size())) {
            times.add(((Number) o).doubleValue());
        }
        // The first few are the JIT warming up, as on a clerk's first minutes; reported apart.
        List<Double> warm = times.subList(Math.min(10, times.size()), times.size());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", DOC);
        m.put("pages", pages);
        m.put("rounds", times.size());
        m.put("first_10", times.subList(0, Math.min(10, times.size())).stream().map(t -> Math.round(t)).toList());
        m.put("median_after_10", percentile(warm, 50));
        m.put("p90_after_10", percentile(warm, 90));
        m.put("median_all", percentile(times, 50));
        m.put("load_average_at_end", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<?> parts = (List<?>) js.executeScript("return vbBreakdown.slice(-arguments[0]);", warm.size());
        Map<String, Object> b = new LinkedHashMap<>();
        for (String k : List.of("wait", "server", "fetch", "pages", "open", "layout", "draw", "drawn")) {
            b.put(k + "_median", percentile(parts.stream().map(o -> ((Number) ((Map<?, ?>) o).get(k)).doubleValue()).toList(), 50));
        }
        m.put("breakdown_after_10", b);
        return m;
    }

    private static Map<String, Object> memory(Workbench wb, String text) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = wb.url().getQuery().substring("token=".length());
        URI uri = URI.create("http://127.0.0.1:" + wb.address().getPort() + "/api/preview?path=" + DOC);
        Map<String, Object> m = new LinkedHashMap<>();
        List<Double> renderMs = new ArrayList<>();
        List<Double> writeMs = new ArrayList<>();
        List<Double> cpuMs = new ArrayList<>();
        for (int i = 0; i <= EDITS; i++) {
            if (i % 250 == 0) {
                m.put("after_" + i, heapMiB());
            }
            if (i == EDITS) {
                break;
            }
            // Each edit a different text, as typing gives: a number into the first paragraph.
            String edited = text.replaceFirst("(?m)^(\\s+- )(\\p{Lu})", "$1" + i + " $2");
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header(Guard.HEADER, token)
                    .POST(HttpRequest.BodyPublishers.ofString(edited)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (!r.body().contains("\"ok\": true")) {
                throw new AssertionError("edit " + i + " did not render: " + r.body().substring(0, 300));
            }
            renderMs.add(Double.parseDouble(r.body().replaceAll("(?s).*?\"ms\": ([0-9.]+).*", "$1")));
            writeMs.add(Double.parseDouble(r.body().replaceAll("(?s).*?\"writeMs\": ([0-9.]+).*", "$1")));
            cpuMs.add(Double.parseDouble(r.body().replaceAll("(?s).*?\"cpuMs\": ([0-9.]+).*", "$1")));
        }
        m.put("edits", EDITS);
        m.put("server_render_median_ms", percentile(renderMs.subList(50, renderMs.size()), 50));
        m.put("of_which_pdf_writer_median_ms", percentile(writeMs.subList(50, writeMs.size()), 50));
        m.put("server_cpu_median_ms", percentile(cpuMs.subList(50, cpuMs.size()), 50));
        return m;
    }

    private static double heapMiB() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime rt = Runtime.getRuntime();
        return Math.round((rt.totalMemory() - rt.freeMemory()) / 1048576.0 * 10) / 10.0;
    }

    private static double percentile(List<Double> xs, int p) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        if (s.isEmpty()) {
            return Double.NaN;
        }
        int idx = (int) Math.ceil(p / 100.0 * s.size()) - 1;
        return Math.round(s.get(Math.max(0, idx)) * 10) / 10.0;
    }
}
