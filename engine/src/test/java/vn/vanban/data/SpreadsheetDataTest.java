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
}
