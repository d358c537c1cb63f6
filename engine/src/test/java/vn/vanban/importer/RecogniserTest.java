package vn.vanban.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import vn.vanban.content.ContentBlock;
import vn.vanban.content.Document;
import vn.vanban.diag.Diagnostics;

/** The recogniser on small sources: header fields, wrapped lines, text tables, tasks and ranges, Word numbering, slips. */
class RecogniserTest {
    @TempDir
    Path dir;

    private static final String HEADER = """
            UBND HUYỆN ĐỊNH HÓA          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            ỦY BAN NHÂN DÂN                   Độc lập - Tự do - Hạnh phúc
            XÃ BẢO LINH
            Số: 12/KH-UBND               Bảo Linh, ngày 5 tháng 3 năm 2024
            KẾ HOẠCH
            Triển khai công tác trẻ em năm 2024
            """;

    private static final String CLOSING = """
            Trên đây là Kế hoạch triển khai công tác trẻ em năm 2024./.
            Nơi nhận:
            - Phòng Lao động - TB&XH;
            - Lưu: VT.
            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH
            Hoàng Văn Đại
            """;

    private Document load(Importer.Result r) throws Exception {
        Path file = dir.resolve("content/t.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, r.yaml(), StandardCharsets.UTF_8);
        assertEquals(List.of(), Rendering.checkErrors(file), r.yaml());
        return Rendering.ENGINE.load(file, new Diagnostics()).document();
    }

    @Test
    void headerBlockFieldsAndSignature() throws Exception {
        Importer.Result r = ImportSeedsTest.IMPORTER.importText(HEADER + "I. MỤC ĐÍCH\nNội dung.\n" + CLOSING, "t.txt");
        assertTrue(r.yaml().contains("co-quan-chu-quan: UBND HUYỆN ĐỊNH HÓA"), r.yaml());
        assertTrue(r.yaml().contains("so: 12\nky-hieu: KH-UBND\ndia-danh: Bảo Linh\nngay: \"2024-03-05\""), r.yaml());
        Document d = load(r);
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "XÃ BẢO LINH"), d.header().issuingBody());
        assertEquals(List.of("Phòng Lao động - TB&XH", "Lưu: VT"), d.recipients());
        assertEquals("Hoàng Văn Đại", d.signature().name());
        assertNotNull(d.closing());
    }

    @Test
    void wrappedLinesJoinIntoParagraphsByNumberingAndPunctuation() throws Exception {
        String body = """
                I. MỤC ĐÍCH, YÊU CẦU
                1. Mục đích
                - Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy Đảng và chính quyền các
                cấp, sự phối hợp hiệu quả giữa các cơ quan, ban, ngành, đoàn thể đối với
                công tác chăm sóc, giáo dục và bảo vệ trẻ em.
                - Nâng cao nhận thức, trách nhiệm của hệ thống chính trị và toàn xã hội
                về tầm quan trọng của công tác chăm sóc, giáo dục và bảo vệ trẻ em; quan
                tâm bảo vệ trẻ em tránh khỏi các hình thức ngược đãi, xâm hại, bạo lực.
                2. Yêu cầu
                Triển khai thực hiện hiệu quả Chỉ thị số 28-CT/TW, ngày 25/12/2023 của Bộ
                Chính trị về tăng cường công tác chăm sóc, giáo dục, bảo vệ trẻ em đáp ứng
                yêu cầu phát triển đất nước phồn vinh, hạnh phúc.
                """;
        Document d = load(ImportSeedsTest.IMPORTER.importText(HEADER + body + CLOSING, "t.txt"));
        ContentBlock.Numbered first = (ContentBlock.Numbered) d.body().get(0);
        ContentBlock.Numbered purpose = (ContentBlock.Numbered) first.body().get(0);
        ContentBlock.Bullets bullets = (ContentBlock.Bullets) purpose.body().get(0);
        assertEquals(2, bullets.items().size());
        assertTrue(bullets.items().get(0).text().plain().endsWith("giáo dục và bảo vệ trẻ em."));
        ContentBlock.Numbered needs = (ContentBlock.Numbered) first.body().get(1);
        assertEquals(1, needs.body().size());
    }

    @Test
    void tasksRangeDutiesAndSlips() throws Exception {
        String body = """
                I. NHIỆM VỤ
                1. Bảo vệ trẻ em
                1.1. Phòng, chống xâm hại trẻ em.
                1.2. Phòng, chống tai nạn thương tích.
                Từ mục 1.1 đến 1.2
                a) Đơn vị chủ trì: Sở Lao động - Thương binh và Xã hội
                b) Đơn vị phối hợp: Các sở, ngành liên quan.
                c) Thời gian thực hiện: Thường xuyên trong năm
                1.4. Nuôi con nuôi.
                a) Đơn vị chủ trì: Sở Tư pháp.
                b) Đơn vị phối hợp: Các địa phương.
                2. Chăm sóc trẻ em
                a) Tiêm chủng.
                d) Dinh dưỡng.
                d) Vui chơi.
                """;
        Importer.Result r = ImportSeedsTest.IMPORTER.importText(HEADER + body + CLOSING, "t.txt");
        Document d = load(r);
        ContentBlock.Numbered protect = (ContentBlock.Numbered) ((ContentBlock.Numbered) d.body().get(0)).body().get(0);
        ContentBlock.Numbered t1 = (ContentBlock.Numbered) protect.body().get(0);
        ContentBlock.Duty range = (ContentBlock.Duty) protect.body().get(2);
        assertEquals(t1.id(), range.fromId());
        ContentBlock.Numbered adoption = (ContentBlock.Numbered) protect.body().get(3);
        assertEquals("nhiem-vu", adoption.type());
        assertEquals("Sở Tư pháp", adoption.duty().lead().get(0).plain());
        assertEquals(3, r.counts().tasks); // 1.1 and 1.2 in the range, 1.4 with its own keys
        List<String> slips = r.warnings().stream().map(Recogniser.Warning::text).toList();
        assertTrue(slips.stream().anyMatch(s -> s.contains("nhảy từ \"1.2.\" lên \"1.4.\"")), slips.toString());
        assertTrue(slips.stream().anyMatch(s -> s.contains("điểm \"d)\" đứng chỗ của \"b)\"")), slips.toString());
        assertTrue(slips.stream().anyMatch(s -> s.contains("điểm \"d)\" lặp lại")), slips.toString());
    }

    @Test
    void textTablesBecomeBangWithNumbers() throws Exception {
        String body = """
                I. KẾT QUẢ
                | TT | Chỉ tiêu | Năm 2023 | Tỷ lệ |
                |---|---|---|---|
                | 1 | Trẻ em dưới 16 tuổi | 332.600 | 25,6 |
                | 2 | Trẻ em dưới 6 tuổi | 1.306 | 14,3 |
                TT\tNội dung\tSố lượng
                1\tTỉnh ủy\t3
                """;
        Importer.Result r = ImportSeedsTest.IMPORTER.importText(HEADER + body + CLOSING, "t.txt");
        assertTrue(r.yaml().contains("c3: 332600"), r.yaml());
        assertTrue(r.yaml().contains("c4: 25.6"), r.yaml());
        Document d = load(r);
        ContentBlock.Numbered first = (ContentBlock.Numbered) d.body().get(0);
        assertEquals(2, first.body().stream().filter(b -> b instanceof ContentBlock.TableBlock).count());
        assertEquals(2, r.counts().tables);
    }

    @Test
    void whatCannotBePlacedIsKeptWithAReason() throws Exception {
        String text = "Ghi chú của văn thư: bản sao lưu\n" + HEADER + "I. MỤC ĐÍCH\nNội dung.\n" + CLOSING;
        Importer.Result r = ImportSeedsTest.IMPORTER.importText(text, "t.txt");
        assertEquals(1, r.unplaced().size(), r.unplaced().toString());
        assertTrue(r.yaml().contains("# nhập: dòng ở phần đầu văn bản không rõ là gì"), r.yaml());
        assertTrue(r.yaml().contains("Ghi chú của văn thư: bản sao lưu"), r.yaml());
        load(r);
    }

    @Test
    void aStrayLineInTheSignatureBlockIsKeptAndTheSignatureStillRead() throws Exception {
        String closing = CLOSING.replace("TM. ỦY BAN NHÂN DÂN", "(Đã ký và đóng dấu)\nTM. ỦY BAN NHÂN DÂN");
        Importer.Result r = ImportSeedsTest.IMPORTER.importText(HEADER + "I. MỤC ĐÍCH\nNội dung.\n" + closing, "t.txt");
        Document d = load(r);
        assertEquals("Hoàng Văn Đại", d.signature().name());
        assertEquals(1, r.unplaced().size(), r.unplaced().toString());
        assertTrue(r.yaml().contains("# nhập: đoạn giữa Nơi nhận và chữ ký không rõ là gì"), r.yaml());
        assertTrue(r.yaml().contains("(Đã ký và đóng dấu)"), r.yaml());
    }

    @Test
    void marksInTheSourcePrintAsTheyWere() throws Exception {
        String body = "I. MỤC ĐÍCH\nGhi chú * dấu sao, a^2, [^x], {{ky}} và \\ gạch chéo; **đậm** giữ nguyên.\n";
        Importer.Result r = ImportSeedsTest.IMPORTER.importText(HEADER + body + CLOSING, "t.txt");
        load(r);
        Path file = dir.resolve("content/t.yaml");
        String text = Rendering.docxText(Rendering.docx(Rendering.layout(file)));
        assertTrue(text.contains("Ghi chú * dấu sao, a^2, [^x], {{ky}} và \\ gạch chéo; đậm giữ nguyên."), text);
    }

    @Test
    void wordAutomaticNumberingNestsSections() throws Exception {
        Path file = dir.resolve("so.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ZERO);
            level(abs, 0, STNumberFormat.UPPER_ROMAN, "%1.");
            level(abs, 1, STNumberFormat.DECIMAL, "%2.");
            level(abs, 2, STNumberFormat.LOWER_LETTER, "%3)");
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));
            for (String line : HEADER.strip().split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            String[][] items = {{"0", "MỤC ĐÍCH"}, {"1", "Mục đích"}, {"2", "Tăng cường lãnh đạo."}, {"2", "Nâng cao nhận thức."},
                    {"1", "Yêu cầu"}, {"0", "NỘI DUNG"}, {"1", "Truyền thông"}};
            for (String[] it : items) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(numId);
                p.setNumILvl(new BigInteger(it[0]));
                p.createRun().setText(it[1]);
                if (it[1].equals("Yêu cầu") || it[1].equals("Truyền thông")) {
                    doc.createParagraph().createRun().setText("Nội dung của mục.");
                }
            }
            for (String line : CLOSING.strip().split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            Files.write(file, out.toByteArray());
        }
        Importer.Result r = ImportSeedsTest.IMPORTER.importFile(file);
        Document d = load(r);
        assertEquals(2, d.body().size(), r.yaml());
        ContentBlock.Numbered purpose = (ContentBlock.Numbered) ((ContentBlock.Numbered) d.body().get(0)).body().get(0);
        assertEquals("Mục đích", purpose.text().plain());
        assertEquals(2, ((ContentBlock.Points) purpose.body().get(0)).items().size());
    }

    private static void level(CTAbstractNum abs, int i, STNumberFormat.Enum fmt, String text) {
        CTLvl l = abs.addNewLvl();
        l.setIlvl(BigInteger.valueOf(i));
        l.addNewNumFmt().setVal(fmt);
        l.addNewLvlText().setVal(text);
        l.addNewStart().setVal(BigInteger.ONE);
    }
}
