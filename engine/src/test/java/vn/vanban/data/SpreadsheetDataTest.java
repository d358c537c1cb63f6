package vn.vanban.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.TestPaths;

/** A period's figures as CSV (Vietnamese Excel: ";" and decimal commas) or XLSX instead of YAML. */
class SpreadsheetDataTest {
    @TempDir
    Path tmp;

    @Test
    void csvAndXlsxFiguresAreReadLikeYaml() throws Exception {
        Path unit = Files.createDirectories(tmp.resolve("so-lieu/xa-a"));
        Files.copy(TestPaths.content("so-lieu/chi-tieu.yaml"), tmp.resolve("so-lieu/chi-tieu.yaml"));
        Files.writeString(unit.resolve("2024.csv"), """
                so-lieu;gia-tri
                ky;2024
                ngay;2024-11-20
                tre-em-duoi-5;400
                tre-em-duoi-5-thap-coi;50
                ty-le-suy-dinh-duong-thap-coi;12,5
                """, StandardCharsets.UTF_8);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(unit.resolve("2023.xlsx"))) {
            Sheet s = wb.createSheet("2023");
            Object[][] rows = {{"Số liệu", "Giá trị"}, {"tre-em-duoi-5", 410d}, {"tre-em-duoi-5-thap-coi", 60d},
                    {"ty-le-suy-dinh-duong-thap-coi", 14.6d}};
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue((String) rows[i][0]);
                if (rows[i][1] instanceof Double d) {
                    r.createCell(1).setCellValue(d);
                } else {
                    r.createCell(1).setCellValue((String) rows[i][1]);
                }
            }
            wb.write(out);
        }
        Path f = tmp.resolve("bc.yaml");
        Files.writeString(f, ReportPeriodsTest.report("  - Tỷ lệ thấp còi {{so-sanh ty-le-suy-dinh-duong-thap-coi}}.\n")
                .replace("so-lieu: bao-linh", "so-lieu: xa-a"), StandardCharsets.UTF_8);
        Rendered.Run r = Rendered.cli("render", f.toString(), "--ky", "2024", "-o", tmp.toString(), "--format", "docx");
        assertEquals(0, r.code(), r.err());
        String text = Rendered.docx(tmp.resolve("bc.docx"));
        assertTrue(text.contains("Tỷ lệ thấp còi giảm từ 14,6% năm 2023 xuống 12,5% năm 2024."), text);
        assertTrue(text.contains("ngày 20 tháng 11 năm 2024"), text);

        // A value that is not a number is located at its row and column.
        Files.writeString(unit.resolve("2024.csv"), "tre-em-duoi-5;400\ntre-em-duoi-5-thap-coi;năm mươi\n");
        Rendered.Run bad = Rendered.cli("render", f.toString(), "--ky", "2024", "-o", tmp.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains(unit.resolve("2024.csv") + ":2:24: lỗi: số liệu \"tre-em-duoi-5-thap-coi\""),
                bad.err());
    }

    @Test
    void aUnitsSpreadsheetGivesOneReportPerRow() throws Exception {
        Rendered.copyData(TestPaths.content("so-lieu"), tmp.resolve("so-lieu"));
        Path units = tmp.resolve("so-lieu/cac-xa.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(units)) {
            Sheet s = wb.createSheet("Các xã");
            String[][] rows = {{"ma", "ten-co-quan", "co-quan-ban-hanh", "dia-danh", "tre-em-duoi-16"},
                    {"dong-thinh", "Ủy ban nhân dân xã Đồng Thịnh", "ỦY BAN NHÂN DÂN\nXÃ ĐỒNG THỊNH", "Đồng Thịnh", "1842"},
                    {"kim-phuong", "Ủy ban nhân dân xã Kim Phượng", "ỦY BAN NHÂN DÂN\nXÃ KIM PHƯỢNG", "Kim Phượng", "977"}};
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(i);
                for (int c = 0; c < rows[i].length; c++) {
                    if (i > 0 && c == 4) {
                        r.createCell(c).setCellValue(Double.parseDouble(rows[i][c]));
                    } else {
                        r.createCell(c).setCellValue(rows[i][c]);
                    }
                }
            }
            wb.write(out);
        }
        Path f = tmp.resolve("bc.yaml");
        Files.writeString(f, ReportPeriodsTest.report("  - Toàn xã {{dia-danh}} có {{tre-em-duoi-16}} trẻ em.\n"),
                StandardCharsets.UTF_8);
        Rendered.Run r = Rendered.cli("render", f.toString(), "--ky", "2024", "--don-vi", units.toString(), "-o",
                tmp.resolve("out").toString(), "--format", "docx");
        assertEquals(0, r.code(), r.err());
        String a = Rendered.docx(tmp.resolve("out/dong-thinh/bc.docx"));
        assertTrue(a.contains("XÃ ĐỒNG THỊNH") && a.contains("Toàn xã Đồng Thịnh có 1.842 trẻ em."), a);
        String b = Rendered.docx(tmp.resolve("out/kim-phuong/bc.docx"));
        assertTrue(b.contains("XÃ KIM PHƯỢNG") && b.contains("Toàn xã Kim Phượng có 977 trẻ em."), b);
    }
}
