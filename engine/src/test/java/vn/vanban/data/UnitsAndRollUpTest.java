package vn.vanban.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import vn.vanban.TestPaths;

/**
 * One report per commune from a units file, and the district roll-up: expected numbers are
 * computed here from the data files themselves, independently of vanban's own code.
 */
class UnitsAndRollUpTest {
    @TempDir
    Path tmp;

    private static final List<String> COMMUNES = List.of("bao-linh", "phu-dinh", "trung-hoi");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> figures(Path dataDir, String unit, String period) throws IOException {
        try (Reader r = Files.newBufferedReader(dataDir.resolve(unit).resolve(period + ".yaml"))) {
            Map<String, Object> file = new Yaml().load(r);
            return (Map<String, Object>) file.get("so-lieu");
        }
    }

    private static BigDecimal num(Map<String, Object> f, String key) {
        return new BigDecimal(String.valueOf(f.get(key)));
    }

    /** Vietnamese number text, written out by hand: "." every three digits, "," before decimals. */
    private static String vi(BigDecimal v) {
        String[] parts = v.toPlainString().split("\\.");
        StringBuilder whole = new StringBuilder(parts[0]);
        for (int i = whole.length() - 3; i > 0; i -= 3) {
            whole.insert(i, '.');
        }
        return parts.length > 1 ? whole + "," + parts[1] : whole.toString();
    }

    @Test
    void aUnitsFileGivesEachCommuneItsOwnReport() throws Exception {
        Rendered.Run r = Rendered.cli("render", TestPaths.content("mau-bao-cao-xa.yaml").toString(), "--ky", "2024",
                "--don-vi", TestPaths.content("so-lieu/dinh-hoa-xa.yaml").toString(), "-o", tmp.toString());
        assertEquals(0, r.code(), r.err());
        Map<String, String> names = Map.of("bao-linh", "Bảo Linh", "phu-dinh", "Phú Đình", "trung-hoi", "Trung Hội");
        for (String unit : COMMUNES) {
            Path docx = tmp.resolve(unit).resolve("mau-bao-cao-xa.docx");
            assertTrue(Files.isRegularFile(tmp.resolve(unit).resolve("mau-bao-cao-xa.pdf")), unit);
            String text = Rendered.docx(docx);
            String name = names.get(unit);
            Map<String, Object> f = figures(TestPaths.content("so-lieu"), unit, "2024");
            assertTrue(text.contains("XÃ " + name.toUpperCase(java.util.Locale.forLanguageTag("vi"))), unit + ": " + text);
            assertTrue(text.contains(name + ", ngày"), unit);
            assertTrue(text.contains("của Ủy ban nhân dân xã " + name), unit);
            assertTrue(text.contains("toàn xã " + name + " có " + vi(num(f, "tre-em-duoi-16")) + " trẻ em dưới 16 tuổi"),
                    unit + ": " + text);
            for (String other : names.values()) {
                assertTrue(other.equals(name) || !text.contains(other), unit + " mentions " + other);
            }
        }
        assertFalse(Files.exists(tmp.resolve("mau-bao-cao-xa.docx")), "per-unit outputs go into the units' folders");
    }

    @Test
    void aUnitRowMayCarryItsOwnFigures() throws Exception {
        Rendered.copyData(TestPaths.content("so-lieu"), tmp.resolve("so-lieu"));
        Path units = tmp.resolve("so-lieu/hai-xa.yaml");
        Files.writeString(units, """
                don-vi:
                  - ma: xa-moi
                    ten-co-quan: Ủy ban nhân dân xã Điềm Mặc
                    co-quan-ban-hanh: [ỦY BAN NHÂN DÂN, XÃ ĐIỀM MẶC]
                    dia-danh: Điềm Mặc
                    so-lieu: {tre-em-duoi-16: 2468}
                  - ma: xa-sai
                    dia-danh: Sai
                    so-lieu: {tre-em-duoi-16: 12.500}
                """);
        Path f = tmp.resolve("bc.yaml");
        Files.writeString(f, ReportPeriodsTest.report("  - Toàn xã {{dia-danh}} có {{tre-em-duoi-16}} trẻ em.\n"));
        Rendered.Run r = Rendered.cli("render", f.toString(), "--ky", "2024", "--don-vi", units.toString(), "-o",
                tmp.resolve("out").toString(), "--format", "docx");
        assertEquals(1, r.code(), "the second row's figure is ambiguous");
        assertTrue(r.err().contains(units + ":9:31: lỗi: số liệu \"tre-em-duoi-16\" phải là một số"), r.err());
        String text = Rendered.docx(tmp.resolve("out/xa-moi/bc.docx"));
        assertTrue(text.contains("Toàn xã Điềm Mặc có 2.468 trẻ em."), text);
        assertTrue(text.contains("XÃ ĐIỀM MẶC"), text);
        assertFalse(Files.exists(tmp.resolve("out/xa-sai/bc.docx")));
    }

    @Test
    void theDistrictSumsCountsAndRecomputesRatesFromSums() throws Exception {
        Rendered.Run r = Rendered.cli("render", TestPaths.content("dinh-hoa-bao-cao-2024.yaml").toString(), "--ky",
                "2024", "-o", tmp.toString(), "--format", "docx");
        assertEquals(0, r.code(), r.err());
        String text = Rendered.docx(tmp.resolve("dinh-hoa-bao-cao-2024.docx"));
        Path data = TestPaths.content("so-lieu");
        BigDecimal children = BigDecimal.ZERO;
        BigDecimal people = BigDecimal.ZERO;
        BigDecimal stunted = BigDecimal.ZERO;
        BigDecimal weighed = BigDecimal.ZERO;
        BigDecimal averageOfRates = BigDecimal.ZERO;
        for (String unit : COMMUNES) {
            Map<String, Object> f = figures(data, unit, "2024");
            children = children.add(num(f, "tre-em-duoi-16"));
            people = people.add(num(f, "dan-so"));
            stunted = stunted.add(num(f, "tre-em-duoi-5-thap-coi"));
            weighed = weighed.add(num(f, "tre-em-duoi-5"));
            averageOfRates = averageOfRates.add(num(f, "ty-le-tre-em-duoi-16"));
        }
        BigDecimal share = children.multiply(BigDecimal.valueOf(100)).divide(people, 1, RoundingMode.HALF_UP);
        BigDecimal stunting = stunted.multiply(BigDecimal.valueOf(100)).divide(weighed, 1, RoundingMode.HALF_UP);
        assertTrue(text.contains("ba xã có " + vi(children) + " trẻ em dưới 16 tuổi trên tổng dân số " + vi(people)
                + " người (chiếm " + vi(share) + "%)"), text);
        assertTrue(text.contains("Số trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi Người"), text);
        assertTrue(text.contains("xuống " + vi(stunting) + "% năm 2024"), text);
        assertTrue(text.contains("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi % "), text);
        BigDecimal average = averageOfRates.divide(BigDecimal.valueOf(3), 1, RoundingMode.HALF_UP);
        if (average.compareTo(share) != 0) {
            assertFalse(text.contains("(chiếm " + vi(average) + "%)"), "rates are never averaged");
        }
    }

    @Test
    void theRollUpNamesEveryUnitWithMissingOrInconsistentData() throws Exception {
        Rendered.copyData(TestPaths.content("so-lieu"), tmp.resolve("so-lieu"));
        Files.copy(TestPaths.content("dinh-hoa-bao-cao-2024.yaml"), tmp.resolve("dh.yaml"));
        Files.delete(tmp.resolve("so-lieu/trung-hoi/2024.yaml"));
        Path phuDinh = tmp.resolve("so-lieu/phu-dinh/2024.yaml");
        Files.writeString(phuDinh, Files.readString(phuDinh)
                .replaceAll("ty-le-suy-dinh-duong-thap-coi: [0-9.]+", "ty-le-suy-dinh-duong-thap-coi: 9.9"));
        Path baoLinh = tmp.resolve("so-lieu/bao-linh/2024.yaml");
        Files.writeString(baoLinh, Files.readString(baoLinh)
                .replaceAll("tre-em-hcdb-duoc-tro-giup: [0-9]+", "tre-em-hcdb-duoc-tro-giup: 240"));
        Rendered.Run r = Rendered.cli("render", tmp.resolve("dh.yaml").toString(), "--ky", "2024", "-o",
                tmp.resolve("out").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("lỗi: đơn vị \"trung-hoi\" chưa có số liệu năm 2024: thiếu tệp "
                + tmp.resolve("so-lieu/trung-hoi/2024.yaml")), r.err());
        assertTrue(r.err().contains(phuDinh + ":"), r.err());
        assertTrue(r.err().contains("tỷ lệ \"ty-le-suy-dinh-duong-thap-coi\" = 9,9 không khớp"), r.err());
        assertTrue(r.err().contains(baoLinh + ":"), r.err());
        assertTrue(r.err().contains("số liệu \"tre-em-hcdb-duoc-tro-giup\" = 240 lớn hơn \"tre-em-hoan-canh-dac-biet\""),
                r.err());
        assertFalse(Files.exists(tmp.resolve("out/dh.docx")));
    }
}
