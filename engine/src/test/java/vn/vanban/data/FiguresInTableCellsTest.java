package vn.vanban.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.TestPaths;

/** Issue 14, item 4: {{figure}} in a number cell is a number the table computes with and formats. */
class FiguresInTableCellsTest {
    @TempDir
    Path tmp;

    @Test
    void aLoneFigureInANumberCellIsANumber() throws Exception {
        Rendered.copyData(TestPaths.content("so-lieu"), tmp.resolve("so-lieu"));
        Path f = tmp.resolve("bc.yaml");
        Files.writeString(f, ReportPeriodsTest.report("""
                  - "Trẻ em: {{tre-em-duoi-16}}."
                  - bang:
                      cot:
                        - {ten: Nội dung, ma: ten}
                        - {ten: Số người, ma: n}
                        - {ten: Ghi chú, ma: gc, kieu: chu}
                      dong:
                        - {ten: Trẻ em dưới 16 tuổi, gia-tri: {n: "{{tre-em-duoi-16}}", gc: "Có {{tre-em-duoi-16}} em"}}
                        - {ten: Trẻ em dưới 5 tuổi, gia-tri: {n: "{{tre-em-duoi-5}}"}}
                        - {loai: tong, ten: Cộng}
                """), StandardCharsets.UTF_8);
        Rendered.Run r = Rendered.cli("render", f.toString(), "--ky", "2024-6T", "-o", tmp.toString(), "--format", "docx");
        assertEquals(0, r.code(), r.err());
        String text = Rendered.docx(tmp.resolve("bc.docx"));
        // Printed Vietnamese style, summed by the total row; text cells and paragraphs as before.
        assertTrue(text.contains("Trẻ em dưới 16 tuổi 1.306 Có 1.306 em"), text);
        assertTrue(text.contains("Trẻ em dưới 5 tuổi 322"), text);
        assertTrue(text.contains("Cộng 1.628"), text);
        assertTrue(text.contains("Trẻ em: 1.306."), text);
    }

    /** Issue 14, item 4: decimals per figure for one document, over the shared catalogue. */
    @Test
    void decimalsPerFigureForOneDocument() throws Exception {
        Rendered.copyData(TestPaths.content("so-lieu"), tmp.resolve("so-lieu"));
        Path f = tmp.resolve("bc.yaml");
        String body = "  - \"Kinh phí: {{kinh-phi-van-dong}} triệu đồng.\"\n";
        Files.writeString(f, "so-le: {kinh-phi-van-dong: 0}\n" + ReportPeriodsTest.report(body),
                StandardCharsets.UTF_8);
        Rendered.Run r = Rendered.cli("render", f.toString(), "--ky", "2024-6T", "-o", tmp.toString(), "--format", "docx");
        assertEquals(0, r.code(), r.err());
        assertTrue(Rendered.docx(tmp.resolve("bc.docx")).contains("Kinh phí: 39 triệu đồng."));

        Files.writeString(f, "so-le: {kinh-phi-van-dongg: 0}\n" + ReportPeriodsTest.report(body),
                StandardCharsets.UTF_8);
        Rendered.Run bad = Rendered.cli("render", f.toString(), "--ky", "2024-6T", "-o", tmp.toString(), "--format", "docx");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains(f + ":1:9: lỗi: số liệu \"kinh-phi-van-dongg\" không có trong danh mục"
                + " so-lieu/chi-tieu.yaml; có phải \"kinh-phi-van-dong\"?"), bad.err());
    }
}
