package vn.vanban.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import vn.vanban.TestPaths;
import vn.vanban.diag.ContentException;
import vn.vanban.diag.Messages;
import vn.vanban.fonts.FontSet;
import vn.vanban.load.TemplateSource;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.write.docx.DocxReader;
import vn.vanban.write.docx.DocxWriter;

/**
 * Targets as data (issue 14, item 1) in the sample plan content/thai-nguyen-ke-hoach-tre-em-2026.yaml:
 * one definition printed as "Chỉ tiêu N: ..." in the body and as the summary table of Phụ lục I,
 * objective cells merged over their targets, cross-references worded from the same numbers.
 */
class PlanTargetsTest {
    private static final Engine ENGINE = new Engine(TemplateSource.defaults());
    private static DocxReader docx;

    @TempDir
    Path dir;

    @BeforeAll
    static void render() {
        docx = DocxReader.read(new DocxWriter(Nd30Profile.defaults(), FontSet.bundled())
                .write(ENGINE.render(TestPaths.content("thai-nguyen-ke-hoach-tre-em-2026.yaml")).layout()));
    }

    private static String paragraph(String start) {
        return docx.allParagraphs().stream().map(XWPFParagraph::getText).filter(t -> t.startsWith(start))
                .findFirst().orElseThrow(() -> new AssertionError("no paragraph starting " + start));
    }

    @Test
    void bodyListsObjectivesAndNumberedTargetsWithTheirMilestones() {
        assertEquals("Mục tiêu 1: Chăm sóc sức khỏe, dinh dưỡng cho trẻ em", paragraph("Mục tiêu 1:"));
        assertEquals("- Chỉ tiêu 1: Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt từ 97% trở lên"
                + " vào năm 2028 và từ 98% trở lên vào năm 2030.", paragraph("- Chỉ tiêu 1:"));
        assertEquals("- Chỉ tiêu 2: Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi đạt 15,5% vào năm 2028"
                + " và dưới 14% vào năm 2030.", paragraph("- Chỉ tiêu 2:"));
        assertEquals("- Chỉ tiêu 3: Tỷ suất tử vong trẻ em dưới 5 tuổi đạt 17‰ vào năm 2028 và dưới 15‰ vào năm 2030.",
                paragraph("- Chỉ tiêu 3:"));
        // Numbering runs on across objectives; words print as typed.
        assertEquals("Mục tiêu 2: Giáo dục, văn hóa, vui chơi, giải trí cho trẻ em", paragraph("Mục tiêu 2:"));
        assertEquals("- Chỉ tiêu 9: Số vụ xâm hại trẻ em so với năm 2025 giảm 10% vào năm 2028 và giảm 20% vào năm 2030.",
                paragraph("- Chỉ tiêu 9:"));
        assertTrue(paragraph("- Chỉ tiêu 11:").contains("dưới 2,5% vào năm 2028 và dưới 2% vào năm 2030"));
    }

    @Test
    void crossReferencesPrintTheSameNumbers() {
        assertTrue(paragraph("2. Nâng cao chất lượng dịch vụ").endsWith("để đạt các chỉ tiêu 1, 2, 3."),
                paragraph("2. Nâng cao chất lượng dịch vụ"));
        assertTrue(paragraph("Đến năm 2030").contains("được tổng hợp tại Phụ lục I."));
        assertTrue(paragraph("12. Sở Y tế là cơ quan thường trực").contains("tổng hợp kết quả"
                + " thực hiện các mục tiêu 1, 3 báo cáo"), paragraph("12. Sở Y tế"));
        assertTrue(paragraph("Kinh phí thực hiện").endsWith("các chỉ tiêu tại mục 2."));
    }

    /** Item 3: "Tổ chức thực hiện" generated from the tasks' leads and partners, one paragraph per agency. */
    @Test
    void dutiesByAgencyComeFromTheTasks() {
        assertEquals("1. Sở Y tế: chủ trì thực hiện các nhiệm vụ tại mục 1, 2, 5 và 6.", paragraph("1. Sở Y tế"));
        assertEquals("2. Các sở, ngành: phối hợp thực hiện nhiệm vụ tại mục 1.", paragraph("2. Các sở, ngành"));
        assertEquals("4. Sở Tài chính: phối hợp thực hiện các nhiệm vụ tại mục 2 và 3.", paragraph("4. Sở Tài chính"));
        assertEquals("5. Ủy ban nhân dân các xã, phường: phối hợp thực hiện các nhiệm vụ tại mục 2, 3, 4 và 6.",
                paragraph("5. Ủy ban nhân dân các xã"));
        assertEquals("6. Sở Giáo dục và Đào tạo: chủ trì thực hiện nhiệm vụ tại mục 3.", paragraph("6. Sở Giáo dục"));
        // The agency's name is bold, what it does is not.
        XWPFParagraph p = docx.allParagraphs().stream().filter(x -> x.getText().startsWith("1. Sở Y tế:")).findFirst().orElseThrow();
        assertTrue(p.getRuns().stream().anyMatch(r -> r.text().contains("Sở Y tế") && docx.bold(p, r)));
        assertTrue(p.getRuns().stream().anyMatch(r -> r.text().contains("chủ trì") && !docx.bold(p, r)));
    }

    @Test
    void assignmentAppendixListsEveryTaskOnce() {
        assertTrue(paragraph("12. Sở Y tế là cơ quan thường trực").contains("theo phân công tại Phụ lục II;"));
        XWPFTable t = docx.tables().stream().filter(x -> x.getText().contains("Đơn vị phối hợp")).findFirst().orElseThrow();
        assertEquals(1 + 6, t.getNumberOfRows());
        List<String> r = t.getRow(3).getTableCells().stream().map(XWPFTableCell::getText).toList();
        assertEquals("3", r.get(0));
        assertTrue(r.get(1).startsWith("Phát triển mạng lưới trường, lớp mầm non"), r.get(1));
        assertEquals(List.of("Sở Giáo dục và Đào tạo", "Sở Xây dựng; Sở Tài chính; Ủy ban nhân dân các xã, phường",
                "2026 - 2030"), r.subList(2, 5));
    }

    @Test
    void summaryTableComesFromTheSameDefinitionsWithObjectiveCellsMerged() {
        XWPFTable t = docx.tables().stream().filter(x -> x.getText().contains("Giá trị cơ sở")).findFirst().orElseThrow();
        // Two header rows (each milestone: Tỉnh | Toàn quốc), then one row per target.
        assertEquals(2 + 11, t.getNumberOfRows());
        assertEquals(List.of("Tỉnh", "Toàn quốc", "Tỉnh", "Toàn quốc"),
                t.getRow(1).getTableCells().stream().map(XWPFTableCell::getText).filter(s -> !s.isEmpty()).toList());
        List<String> first = t.getRow(2).getTableCells().stream().map(XWPFTableCell::getText).toList();
        assertEquals(List.of("Mục tiêu 1: Chăm sóc sức khỏe, dinh dưỡng cho trẻ em", "1",
                "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin", "%", "2025", "96,2",
                "≥ 97", "95", "≥ 98", "95"), first);
        // Objective 1 spans its 4 targets: the cell restarts a vertical merge, the 3 rows below continue it.
        assertEquals(STMerge.RESTART, t.getRow(2).getCell(0).getCTTc().getTcPr().getVMerge().getVal());
        for (int r = 3; r <= 5; r++) {
            assertTrue(t.getRow(r).getCell(0).getCTTc().getTcPr().getVMerge() != null, "row " + r);
            assertEquals(String.valueOf(r - 1), t.getRow(r).getCell(1).getText());
        }
        assertEquals("Mục tiêu 2: Giáo dục, văn hóa, vui chơi, giải trí cho trẻ em", t.getRow(6).getCell(0).getText());
        assertEquals(STMerge.RESTART, t.getRow(6).getCell(0).getCTTc().getTcPr().getVMerge().getVal());
        List<String> words = t.getRow(10).getTableCells().stream().map(XWPFTableCell::getText).toList();
        assertEquals(List.of("", "9", "Số vụ xâm hại trẻ em so với năm 2025", "", "2025", "", "giảm 10%", "", "giảm 20%", ""),
                words);
    }

    @Test
    void summaryWithoutTargetsAndBadValuesAreLocatedErrors() throws IOException {
        String plan = Files.readString(TestPaths.content("thai-nguyen-ke-hoach-tre-em-2026.yaml"))
                .replace("moc: {2028: 95, 2030: 97}", "moc: {2028: \"9,5\", 228: 97}");
        Path f = dir.resolve("kh.yaml");
        Files.writeString(f, plan);
        ContentException e = org.junit.jupiter.api.Assertions.assertThrows(ContentException.class, () -> ENGINE.render(f));
        List<String> m = e.diagnostics().stream().map(d -> d.format(Messages.forLanguage("vi"))).toList();
        assertEquals(2, m.size(), String.join("\n", m));
        assertTrue(m.get(0).startsWith(f + ":79:33: lỗi: giá trị \"9,5\" của chỉ tiêu không đọc được"), m.get(0));
        assertTrue(m.get(1).startsWith(f + ":79:40: lỗi: năm \"228\" trong \"moc\" không phải là năm"), m.get(1));
    }
}
