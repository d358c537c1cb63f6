package vn.vanban.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.TestPaths;
import vn.vanban.data.Rendered;
import vn.vanban.diag.Diagnostics;
import vn.vanban.render.Engine;
import vn.vanban.load.TemplateSource;

/** {@code vanban bao-cao-tu-ke-hoach}: the skeleton loads cleanly, carries tasks, leads, outline and targets. */
class ReportSkeletonTest {
    @TempDir
    Path tmp;

    private static final Path PLAN = TestPaths.root().resolve("engine/src/test/resources/bao-cao/ke-hoach-co-chi-tieu.yaml");

    @Test
    void tasksWithTheirLeadsAndTargetsWithVerdictsOnceFilled() throws Exception {
        Path out = tmp.resolve("bao-cao.yaml");
        Rendered.Run r = Rendered.cli("bao-cao-tu-ke-hoach", PLAN.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        String yaml = Files.readString(out);
        Diagnostics diags = new Diagnostics();
        Engine.Loaded loaded = new Engine(TemplateSource.defaults()).load(out, diags);
        assertFalse(diags.hasErrors(), diags.all().toString());
        assertEquals("bao-cao", loaded.document().type().key());
        assertEquals("BC-UBND", loaded.document().header().code());
        assertTrue(yaml.contains("Thực hiện Kế hoạch số 05/KH-UBND ngày 17 tháng 4 năm 2024 của Ủy ban nhân dân xã Bảo Linh"),
                yaml);
        // The plan's italics stay italics.
        assertTrue(yaml.contains("- khoan: \"Tổ chức dạy bơi an toàn cho học sinh *tiểu học*.\""), yaml);
        assertTrue(yaml.contains("\"Đơn vị chủ trì: Trường Tiểu học Bảo Linh.\""), yaml);
        // A lead given once for a range of tasks reaches each of them.
        assertEquals(2, yaml.split("Đơn vị chủ trì: Công an xã\\.", -1).length - 1, yaml);
        assertEquals(4, yaml.split("thuc-hien:", -1).length - 1);

        // The clerk fills in what was reached; vanban writes the verdicts.
        String filled = yaml;
        for (String v : new String[] {"135", "1", "\"13,5\"", "99.5"}) {
            filled = filled.replaceFirst("thuc-hien: +#", "thuc-hien: " + v + "  #");
        }
        Files.writeString(out, filled, StandardCharsets.UTF_8);
        Rendered.Run rr = Rendered.cli("render", out.toString(), "-o", tmp.toString(), "--format", "docx");
        assertEquals(0, rr.code(), rr.err());
        String text = Rendered.docx(tmp.resolve("bao-cao.docx"));
        assertTrue(text.contains("Số học sinh được dạy bơi Người 120 135 Vượt KH"), text);
        assertTrue(text.contains("Số trẻ em tử vong do đuối nước Người 0 1 Không đạt KH"), text);
        assertTrue(text.contains("suy dinh dưỡng thể thấp còi % 13,5 13,5 Đạt KH"), text);
        assertTrue(text.contains("bảo hiểm y tế % 100 99,5 Không đạt KH"), text);
    }

    /** Targets written as data (muc-tieu) reach the report with their first milestone and direction (issue 14). */
    @Test
    void targetsAsDataCarryTheirFirstMilestone() throws Exception {
        Path out = tmp.resolve("bao-cao-tn.yaml");
        Rendered.Run r = Rendered.cli("bao-cao-tu-ke-hoach", TestPaths.content("thai-nguyen-ke-hoach-tre-em-2026.yaml")
                .toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        String yaml = Files.readString(out);
        Diagnostics diags = new Diagnostics();
        new Engine(TemplateSource.defaults()).load(out, diags);
        assertFalse(diags.hasErrors(), diags.all().toString());
        // 11 targets, one in words (cannot be graded: a comment says so), 10 to fill in.
        assertEquals(10, yaml.split("thuc-hien:", -1).length - 1, yaml);
        assertTrue(yaml.contains("# Chỉ tiêu 1 của kế hoạch, mốc năm 2028 (>= 97)\n"
                + "      - noi-dung: \"Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin\"\n"
                + "        dvt: \"%\"\n        ke-hoach: 97\n        thuc-hien:"), yaml);
        // Lower than the baseline, or an upper bound: a target to bring down.
        assertTrue(yaml.contains("ke-hoach: 15.5\n        chieu: giam"), yaml);
        assertTrue(yaml.contains("ke-hoach: 2.5\n        chieu: giam"), yaml);
        assertTrue(yaml.contains("# Chỉ tiêu 9 của kế hoạch ghi bằng chữ (giảm 10%)"), yaml);
    }

    /** Issue 14, item 6: an upper-case subject becomes a sentence, not "tHỰC HIỆN ...". */
    @Test
    void upperCaseSubjectIsSentenceCased() {
        assertEquals("thực hiện công tác trẻ em năm 2024", ReportSkeleton.lowerFirst("THỰC HIỆN CÔNG TÁC TRẺ EM NĂM 2024"));
        assertEquals("triển khai công tác trẻ em tại xã Bảo Linh",
                ReportSkeleton.lowerFirst("Triển khai công tác trẻ em tại xã Bảo Linh"));
    }

    @Test
    void followsTheReportOutlineThePlanAttaches() throws Exception {
        Rendered.Run r = Rendered.cli("bao-cao-tu-ke-hoach",
                TestPaths.content("bao-linh-ke-hoach-2024.yaml").toString());
        assertEquals(0, r.code(), r.err());
        String yaml = r.out();
        for (String s : new String[] {"- muc: \"Đặc điểm tình hình\"", "- muc: \"Kết quả thực hiện\"",
                "- muc: \"Hoạt động của Quỹ Bảo trợ trẻ em\"", "- muc: \"Đánh giá kết quả đạt được\"",
                "- muc: \"Kế hoạch 6 tháng cuối năm 2024 hoặc năm 2025\"",
                "- muc: \"Kết quả thực hiện các nhiệm vụ của Kế hoạch\""}) {
            assertTrue(yaml.contains(s), s + "\n" + yaml);
        }
        Path f = tmp.resolve("bc.yaml");
        Files.writeString(f, yaml);
        Diagnostics diags = new Diagnostics();
        new Engine(TemplateSource.defaults()).load(f, diags);
        assertFalse(diags.hasErrors(), diags.all().toString());
    }

    @Test
    void neverOverwritesAFilledReport() throws Exception {
        Path out = tmp.resolve("bao-cao.yaml");
        Files.writeString(out, "đã điền");
        Rendered.Run r = Rendered.cli("bao-cao-tu-ke-hoach", PLAN.toString(), "-o", out.toString());
        assertEquals(1, r.code());
        assertEquals("đã điền", Files.readString(out));
    }
}
