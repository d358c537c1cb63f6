package vn.vanban.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.vanban.SeedSentences;
import vn.vanban.TestPaths;
import vn.vanban.fonts.FontSet;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.load.TemplateSource;
import vn.vanban.write.docx.DocxReader;
import vn.vanban.write.docx.DocxWriter;

/**
 * The three sample plans as a reader of the DOCX sees them (Apache POI): the ND30 header, title and
 * signature elements with their sizes and styles, A4 with ND30 margins, numbered sections in order.
 */
class SamplePlansDocxTest {
    private static final Engine ENGINE = new Engine(TemplateSource.defaults());
    private static final DocxWriter WRITER = new DocxWriter(Nd30Profile.defaults(), FontSet.bundled());
    private static final Map<String, DocxReader> CACHE = new ConcurrentHashMap<>();

    private static DocxReader docx(String name) {
        return CACHE.computeIfAbsent(name,
                n -> DocxReader.read(WRITER.write(ENGINE.render(TestPaths.content(n + ".yaml")).layout())));
    }

    private record Look(double size, boolean bold, boolean italic) {
    }

    private static Look look(DocxReader d, XWPFParagraph p) {
        XWPFRun r = p.getRuns().stream().filter(x -> !x.text().isBlank()).findFirst().orElseThrow();
        assertEquals("Times New Roman", d.font(p, r), "font of '" + p.getText() + "'");
        return new Look(d.fontSize(p, r), d.bold(p, r), d.italic(p, r));
    }

    private static XWPFParagraph first(XWPFTableCell c, String prefix) {
        return c.getParagraphs().stream().filter(p -> p.getText().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + prefix + "' in cell: " + c.getText()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nghe-an-ke-hoach-2023", "thua-thien-hue-ke-hoach-2023", "bao-linh-ke-hoach-2024"})
    void headerBlockFollowsNd30(String name) {
        DocxReader d = docx(name);
        XWPFTable header = d.tables().get(0);
        XWPFTableCell issuer = header.getRow(0).getCell(0);
        XWPFTableCell national = header.getRow(0).getCell(1);
        XWPFParagraph body = first(issuer, "ỦY BAN NHÂN DÂN");
        assertEquals(new Look(13, true, false), look(d, body));
        XWPFParagraph qh = first(national, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertEquals(new Look(13, true, false), look(d, qh));
        assertEquals("center", d.justification(qh));
        XWPFParagraph motto = first(national, "Độc lập - Tự do - Hạnh phúc");
        assertEquals(new Look(14, true, false), look(d, motto));
        // Số in the left cell and place/date in the right cell of the same row.
        XWPFParagraph so = first(header.getRow(1).getCell(0), "Số:");
        assertTrue(SeedSentences.normalize(so.getText()).matches("Số: (\\d{2,}|)/KH-UBND"), so.getText());
        assertEquals(new Look(13, false, false), look(d, so));
        XWPFParagraph date = first(header.getRow(1).getCell(1), "");
        assertTrue(date.getText().contains("ngày") && date.getText().contains("năm 20"), date.getText());
        assertEquals(new Look(14, false, true), look(d, date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nghe-an-ke-hoach-2023", "thua-thien-hue-ke-hoach-2023", "bao-linh-ke-hoach-2024"})
    void titleAndSignatureFollowNd30(String name) {
        DocxReader d = docx(name);
        XWPFParagraph type = d.paragraphWithText("KẾ HOẠCH");
        assertEquals(new Look(14, true, false), look(d, type));
        assertEquals("center", d.justification(type));
        List<XWPFParagraph> all = d.allParagraphs();
        XWPFParagraph subject = all.get(all.indexOf(type) + 1);
        assertEquals(new Look(14, true, false), look(d, subject));

        XWPFTable sig = d.tables().stream().filter(t -> t.getText().contains("Nơi nhận:")).findFirst().orElseThrow();
        XWPFTableCell left = sig.getRow(0).getCell(0);
        assertEquals(new Look(12, true, true), look(d, first(left, "Nơi nhận:")));
        List<XWPFParagraph> recipients = left.getParagraphs().stream().filter(p -> p.getText().startsWith("- ")).toList();
        assertTrue(recipients.size() >= 5, "recipients: " + recipients.size());
        recipients.forEach(p -> assertEquals(new Look(11, false, false), look(d, p)));
        recipients.subList(0, recipients.size() - 1).forEach(p -> assertTrue(p.getText().endsWith(";"), p.getText()));
        String last = recipients.get(recipients.size() - 1).getText();
        assertTrue(last.startsWith("- Lưu: ") && last.endsWith("."), last);
        XWPFTableCell right = sig.getRow(0).getCell(1);
        XWPFParagraph kt = first(right, "KT. CHỦ TỊCH");
        assertEquals(new Look(14, true, false), look(d, kt));
        assertEquals(new Look(14, true, false), look(d, first(right, "PHÓ CHỦ TỊCH")));
        // The body ends with the end mark just before the signature block.
        int sigIndex = d.doc.getBodyElements().indexOf(sig);
        String before = ((XWPFParagraph) d.doc.getBodyElements().get(sigIndex - 1)).getText();
        assertTrue(before.endsWith("./."), before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nghe-an-ke-hoach-2023", "thua-thien-hue-ke-hoach-2023", "bao-linh-ke-hoach-2024"})
    void a4WithNd30MarginsAndNumberedSections(String name) {
        DocxReader d = docx(name);
        // The first section (the plan itself); appendices with wide tables may be landscape sections.
        CTSectPr s = d.doc.getParagraphs().stream()
                .filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null)
                .map(p -> p.getCTP().getPPr().getSectPr()).findFirst()
                .orElse(d.doc.getDocument().getBody().getSectPr());
        assertEquals(BigInteger.valueOf(11906), s.getPgSz().getW());
        assertEquals(BigInteger.valueOf(16838), s.getPgSz().getH());
        CTPageMar m = s.getPgMar();
        // 25 / 20 / 35 / 20 mm in twips.
        assertEquals("1417 1134 1984 1134", m.getTop() + " " + m.getBottom() + " " + m.getLeft() + " " + m.getRight());
        List<String> level1 = d.allParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                .map(p -> p.getText().split(" ")[0]).toList();
        assertTrue(level1.size() >= 3, level1.toString());
        for (int i = 0; i < 3; i++) {
            assertEquals(List.of("I.", "II.", "III.").get(i), level1.get(i));
        }
    }
}
