package vn.vanban.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The benchmark's statistics and report shape; no timing is measured or asserted here. */
class BenchReportTest {

    @Test
    void medianIsTheMiddleOrTheMeanOfTheTwoMiddleValues() {
        assertEquals(3, Stats.of(5, 1, 3).median());
        assertEquals(2.5, Stats.of(4, 1, 3, 2).median());
        assertEquals(7, Stats.of(7).median());
    }

    @Test
    void p95IsTheNearestRank() {
        double[] hundred = new double[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = 100 - i; // unsorted on purpose: 100 ... 1
        }
        Stats s = Stats.of(hundred);
        assertEquals(95, s.p95());
        assertEquals(1, s.min());
        assertEquals(100, s.max());
        assertEquals(100, s.n());
        // 20 samples: rank ceil(0.95 * 20) = 19.
        double[] twenty = new double[20];
        for (int i = 0; i < 20; i++) {
            twenty[i] = i + 1;
        }
        assertEquals(19, Stats.of(twenty).p95());
        // Fewer than 20 samples: the largest.
        assertEquals(9, Stats.of(1, 9, 5).p95());
        assertThrows(IllegalArgumentException.class, Stats::of);
    }

    @Test
    void jsonIsWellFormedAndEscaped() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", "Bảo \"Linh\"\n\\");
        m.put("n", 3);
        m.put("x", 1.5);
        m.put("whole", 2.0);
        m.put("nan", Double.NaN);
        m.put("none", null);
        m.put("ok", true);
        m.put("list", List.of(1, 2.5));
        m.put("empty", Map.of());
        String json = Json.write(m);
        assertEquals("""
                {
                  "text": "Bảo \\"Linh\\"\\n\\\\",
                  "n": 3,
                  "x": 1.5,
                  "whole": 2,
                  "nan": null,
                  "none": null,
                  "ok": true,
                  "list": [
                    1,
                    2.5
                  ],
                  "empty": {}
                }
                """, json);
        assertEquals(1.23, Json.round(1.2345, 2));
        assertNull(Json.round(Double.POSITIVE_INFINITY, 2));
    }

    @Test
    void reportHasTheHeadlineFiguresAndTargets() {
        List<Map<String, Object>> warm = List.of(
                warm("a.yaml", 10, 0.5), warm("big.yaml", 24, 0.6));
        List<Map<String, Object>> cold = List.of(cold("a.yaml", 0.8), cold("big.yaml", 1.2));
        Map<String, Object> batch = new LinkedHashMap<>();
        batch.put("docs_per_s", 120.0);
        batch.put("peak_rss_mb", 300.0);
        Map<String, Object> lo = new LinkedHashMap<>();
        lo.put("s_per_doc", 2.4);
        lo.put("batch_s_per_doc", 0.5);
        Map<String, Object> r = BenchCommand.report(new LinkedHashMap<>(), warm, cold, "a.yaml", batch, lo);

        for (String key : List.of("warm_ms_per_page", "cold_cli_s", "batch_docs_per_s", "batch_peak_rss_mb",
                "libreoffice_s_per_doc", "speedup_vs_libreoffice")) {
            assertTrue(r.containsKey(key), key);
        }
        assertEquals(0.6, r.get("warm_ms_per_page"), "the largest sample");
        assertEquals("big.yaml", r.get("warm_largest_file"));
        assertEquals(0.8, r.get("cold_cli_s"));
        assertEquals(2.4, r.get("libreoffice_s_per_doc"));
        assertEquals(3.0, r.get("speedup_vs_libreoffice"), "LibreOffice seconds over ours, same document");
        assertEquals(60.0, r.get("speedup_vs_libreoffice_batch"));
        assertEquals(288.0, r.get("speedup_batch_vs_libreoffice_per_process"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> targets = (Map<String, Map<String, Object>>) r.get("targets");
        assertEquals(true, targets.get("warm_ms_per_page").get("met"));
        assertEquals(false, targets.get("cold_cli_s").get("met"), "0.8 s is over the 0.7 s target");
        assertEquals(true, targets.get("batch_docs_per_s").get("met"));
        assertEquals(false, targets.get("speedup_vs_libreoffice").get("met"));

        Map<String, Object> noLo = BenchCommand.report(new LinkedHashMap<>(), warm, cold, "a.yaml", batch, null);
        assertNull(noLo.get("speedup_vs_libreoffice"));
        assertNull(((Map<?, ?>) ((Map<?, ?>) noLo.get("targets")).get("speedup_vs_libreoffice")).get("met"));
        String json = Json.write(noLo);
        assertTrue(json.contains("\"libreoffice_s_per_doc\": null"));
        assertFalse(json.contains("NaN"));
    }

    @Test
    void tableNamesEveryPart() {
        Map<String, Object> batch = new LinkedHashMap<>();
        batch.put("docs_per_s", 120.0);
        batch.put("peak_rss_mb", 300.0);
        Map<String, Object> r = BenchCommand.report(new LinkedHashMap<>(), List.of(warm("a.yaml", 10, 0.5)),
                List.of(cold("a.yaml", 0.8)), "a.yaml", batch, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new BenchCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8), System.err).printTable(r);
        String table = bytes.toString(StandardCharsets.UTF_8);
        for (String part : List.of("warm render", "cold CLI", "batch", "LibreOffice", "targets", "a.yaml")) {
            assertTrue(table.contains(part), part);
        }
    }

    @Test
    void pagesAreCountedFromPageObjects() {
        byte[] pdf = "<< /Type /Pages /Count 2 >> << /Type /Page >> <</Type/Page/Parent 1 0 R>>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(2, BenchCommand.pages(pdf));
    }

    @Test
    void variantsDifferAndKeepTheirShape() {
        String base = """
                loai: ke-hoach
                co-quan-ban-hanh:
                  - ỦY BAN NHÂN DÂN
                  - XÃ BẢO LINH
                dia-danh: Bảo Linh
                ngay: "2024-04"
                ky:
                  chuc-vu: CHỦ TỊCH
                  ho-ten: Hoàng Văn Đại
                noi-dung:
                  - muc: NỘI DUNG THỰC HIỆN
                    noi-dung:
                      - khoan: Một.
                      - khoan: Hai.
                      - khoan: Ba.
                """;
        List<String> vs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            vs.add(Variants.variant(base, i));
        }
        assertEquals(30, vs.stream().distinct().count());
        assertTrue(vs.get(1).contains("XÃ " + Variants.commune(1).toUpperCase(java.util.Locale.forLanguageTag("vi"))));
        assertFalse(vs.get(1).contains("Bảo Linh"));
    }

    private static Map<String, Object> warm(String file, int pages, double msPerPage) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("pages", pages);
        m.put("layout", Stats.of(1, 2).json("ms", 2));
        m.put("docx", Stats.of(1, 2).json("ms", 2));
        m.put("pdf", Stats.of(1, 2).json("ms", 2));
        m.put("both", Stats.of(1, 2).json("ms", 2));
        m.put("both_side_by_side", Stats.of(1, 2).json("ms", 2));
        m.put("ms_per_page", msPerPage);
        return m;
    }

    private static Map<String, Object> cold(String file, double median) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("median_s", median);
        m.put("min_s", median);
        m.put("runs_s", List.of(median));
        return m;
    }
}
