package vn.vanban.write.docx;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import vn.vanban.fonts.FontSet;
import vn.vanban.layout.Block;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.PageSection;
import vn.vanban.layout.PageSection.Orientation;
import vn.vanban.layout.Role;
import vn.vanban.profile.Length;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.profile.TextStyle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocxWriterTest {
    private static final Nd30Profile PROFILE = Nd30Profile.defaults();
    private static final FontSet FONTS = FontSet.bundled();
    private static byte[] bytes;
    private static DocxReader docx;

    @BeforeAll
    static void writeSample() {
        bytes = new DocxWriter(PROFILE, FONTS).write(SampleDocument.create());
        docx = DocxReader.read(bytes);
    }

    private static long twips(Length l) {
        return l.toTwips();
    }

    private static long num(Object poiValue) {
        return new BigInteger(poiValue.toString()).longValue();
    }

    @Test
    void extensionIsDocx() {
        assertEquals("docx", new DocxWriter(PROFILE, FONTS).extension());
    }

    @Test
    void textComesInDocumentOrder() {
        List<String> texts = docx.allParagraphs().stream().map(XWPFParagraph::getText)
                .filter(t -> !t.isBlank()).toList();
        List<String> expected = List.of("UBND TỈNH BẮC NINH", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Số: 05/KH-STTTT", "Bắc Ninh, ngày 05 tháng 01 năm 2020", "KẾ HOẠCH",
                "Chuyển đổi số của Sở Thông tin và Truyền thông", "năm 2020",
                "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích");
        assertEquals(expected, texts.subList(0, expected.size()));
        int body = texts.indexOf("1.1. Hạ tầng");
        assertEquals(List.of("1.1. Hạ tầng", "a) Mạng", "- Hoàn thiện hạ tầng số;", "+ Nâng cấp mạng LAN.",
                "Trên đây là Kế hoạch của Sở./.", "Nơi nhận:", "- UBND tỉnh (b/c);", "- Lưu: VT, VP.",
                "GIÁM ĐỐC", "Nguyễn Văn An", "Phụ lục I"), texts.subList(body, body + 11));
        assertTrue(texts.get(body - 1).startsWith("Thực hiện Chương trình"), texts.get(body - 1));
    }

    @Test
    void headerTitleAndSignatureRunsHaveTheirRolesFont() {
        record Expect(String text, Role role) {
        }
        for (Expect e : List.of(new Expect("UBND TỈNH BẮC NINH", Role.PARENT_BODY),
                new Expect("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", Role.ISSUING_BODY),
                new Expect("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Role.NATIONAL_TITLE),
                new Expect("Độc lập - Tự do - Hạnh phúc", Role.MOTTO),
                new Expect("Bắc Ninh, ngày 05 tháng 01 năm 2020", Role.PLACE_DATE),
                new Expect("KẾ HOẠCH", Role.DOC_TYPE),
                new Expect("năm 2020", Role.SUBJECT),
                new Expect("Nơi nhận:", Role.RECIPIENTS_TITLE),
                new Expect("- Lưu: VT, VP.", Role.RECIPIENT),
                new Expect("GIÁM ĐỐC", Role.SIGNER_AUTHORITY),
                new Expect("Nguyễn Văn An", Role.SIGNER_NAME))) {
            XWPFParagraph p = docx.paragraphWithText(e.text());
            XWPFRun r = p.getRuns().get(0);
            TextStyle want = PROFILE.style(e.role());
            assertEquals(StyleIds.of(e.role()), p.getStyle(), e.text());
            assertEquals("Times New Roman", docx.font(p, r), e.text());
            assertEquals(want.size().points(), docx.fontSize(p, r), 1e-9, e.text());
            assertEquals(want.bold(), docx.bold(p, r), e.text() + " bold");
            assertEquals(want.italic(), docx.italic(p, r), e.text() + " italic");
        }
        // Spot-check the decree's values, not only the profile's: Nơi nhận is 12 pt bold italic.
        XWPFParagraph noiNhan = docx.paragraphWithText("Nơi nhận:");
        assertEquals(12.0, docx.fontSize(noiNhan, noiNhan.getRuns().get(0)), 1e-9);
        assertTrue(docx.bold(noiNhan, noiNhan.getRuns().get(0)));
        assertTrue(docx.italic(noiNhan, noiNhan.getRuns().get(0)));
    }

    @Test
    void bodyRunsCarryBoldItalicAndSuperscript() {
        XWPFParagraph p = docx.allParagraphs().stream()
                .filter(x -> x.getText().startsWith("Thực hiện")).findFirst().orElseThrow();
        assertEquals("VbBody", p.getStyle());
        XWPFRun bold = run(p, "trọng tâm");
        XWPFRun italic = run(p, "cấp bách");
        XWPFRun sup = run(p, "2");
        XWPFRun plain = run(p, " và các nội dung ");
        assertTrue(docx.bold(p, bold));
        assertFalse(docx.italic(p, bold));
        assertTrue(docx.italic(p, italic));
        assertFalse(docx.bold(p, italic));
        assertFalse(docx.bold(p, plain));
        assertEquals("superscript", sup.getCTR().getRPr().getVertAlignArray(0).getVal().toString());
        assertEquals(PROFILE.style(Role.BODY).size().points(), docx.fontSize(p, plain), 1e-9);
        assertEquals(1, p.getCTP().getRList().stream().filter(r -> r.sizeOfBrArray() > 0).count(), "line break");
    }

    private static XWPFRun run(XWPFParagraph p, String text) {
        return p.getRuns().stream().filter(r -> text.equals(r.text())).findFirst()
                .orElseThrow(() -> new AssertionError("no run " + text));
    }

    @Test
    void headingsUseHeadingStylesWithOutlineLevels() {
        String[] texts = {"I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "1.1. Hạ tầng", "a) Mạng"};
        for (int level = 1; level <= 4; level++) {
            XWPFParagraph p = docx.paragraphWithText(texts[level - 1]);
            assertEquals("Heading" + level, p.getStyle());
            CTPPrGeneral ppr = docx.paragraphProperties("Heading" + level);
            assertEquals(level - 1, num(ppr.getOutlineLvl().getVal()));
            assertEquals("heading " + level, docx.style("Heading" + level).getName().getVal());
            assertTrue(DocxReader.on(ppr.getKeepNext()), "headings keep with the next paragraph");
        }
    }

    @Test
    void stylesHaveExactLineSpacingAndNoWidowControl() {
        for (Role role : Role.values()) {
            TextStyle want = PROFILE.style(role);
            CTPPrGeneral ppr = docx.paragraphProperties(StyleIds.of(role));
            assertEquals(STLineSpacingRule.EXACT, ppr.getSpacing().getLineRule(), role.name());
            assertEquals(twips(want.lineHeight()), num(ppr.getSpacing().getLine()), role.name());
            assertEquals(twips(want.spaceBefore()), num(ppr.getSpacing().getBefore()), role.name());
            assertEquals(twips(want.spaceAfter()), num(ppr.getSpacing().getAfter()), role.name());
            assertEquals(twips(want.firstLineIndent()), num(ppr.getInd().getFirstLine()), role.name());
            assertFalse(DocxReader.on(ppr.getWidowControl()), role.name() + " widow control");
            assertFalse(DocxReader.on(ppr.getContextualSpacing()), role.name());
        }
        assertEquals("both", docx.paragraphProperties("VbBody").getJc().getVal().toString());
        assertFalse(DocxReader.on(docx.defaults().getPPrDefault().getPPr().getWidowControl()));
        assertEquals("Times New Roman", docx.style("Normal").getRPr().getRFontsArray(0).getEastAsia());
    }

    @Test
    void sectionsHavePageSizeMarginsAndOrientation() {
        CTSectPr first = firstSectPr();
        CTSectPr last = docx.doc.getDocument().getBody().getSectPr();
        assertNotNull(first);
        assertNotNull(last);
        checkPage(first, Orientation.PORTRAIT);
        checkPage(last, Orientation.LANDSCAPE);
        assertNull(first.getPgSz().getOrient());
        assertEquals(STPageOrientation.LANDSCAPE, last.getPgSz().getOrient());
        assertTrue(num(last.getPgSz().getW()) > num(last.getPgSz().getH()));
    }

    private static CTSectPr firstSectPr() {
        for (XWPFParagraph p : docx.doc.getParagraphs()) {
            CTPPr ppr = p.getCTP().getPPr();
            if (ppr != null && ppr.getSectPr() != null) {
                return ppr.getSectPr();
            }
        }
        return null;
    }

    private static void checkPage(CTSectPr s, Orientation o) {
        Nd30Profile.Margins m = PROFILE.margins(o);
        assertEquals(twips(PROFILE.pageWidth(o)), num(s.getPgSz().getW()));
        assertEquals(twips(PROFILE.pageHeight(o)), num(s.getPgSz().getH()));
        assertEquals(twips(m.top()), num(s.getPgMar().getTop()));
        assertEquals(twips(m.bottom()), num(s.getPgMar().getBottom()));
        assertEquals(twips(m.left()), num(s.getPgMar().getLeft()));
        assertEquals(twips(m.right()), num(s.getPgMar().getRight()));
        assertEquals(twips(PROFILE.headerDistance()), num(s.getPgMar().getHeader()));
    }

    @Test
    void pageNumberIsHiddenOnPageOneOnly() {
        CTSectPr first = firstSectPr();
        CTSectPr last = docx.doc.getDocument().getBody().getSectPr();
        assertTrue(first.isSetTitlePg() && DocxReader.on(first.getTitlePg()));
        assertFalse(last.isSetTitlePg() && DocxReader.on(last.getTitlePg()));
        assertFalse(first.isSetPgNumType(), "the first section starts at 1 anyway");
        assertFalse(last.isSetPgNumType(), "the appendix continues the count");

        String firstHeader = headerText(first, STHdrFtr.FIRST);
        String defaultHeader = headerText(first, STHdrFtr.DEFAULT);
        assertFalse(firstHeader.contains("PAGE"), "no number on page 1");
        assertTrue(defaultHeader.contains(" PAGE "), defaultHeader);
        assertTrue(headerText(last, STHdrFtr.DEFAULT).contains(" PAGE "));
        XWPFHeader numbered = header(first, STHdrFtr.DEFAULT);
        assertEquals("VbPageNumber", numbered.getParagraphs().get(0).getStyle());
        assertEquals("center", docx.paragraphProperties("VbPageNumber").getJc().getVal().toString());
    }

    private static XWPFHeader header(CTSectPr s, STHdrFtr.Enum type) {
        String id = s.getHeaderReferenceList().stream().filter(h -> h.getType() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no header " + type)).getId();
        return docx.doc.getHeaderList().stream()
                .filter(h -> docx.doc.getRelationById(id) == h).findFirst().orElseThrow();
    }

    /** The header's XML, so fields (instrText) are visible. */
    private static String headerText(CTSectPr s, STHdrFtr.Enum type) {
        return header(s, type).getParagraphs().get(0).getCTP().xmlText();
    }

    @Test
    void footnoteIsARealFootnote() {
        List<XWPFFootnote> notes = docx.doc.getFootnotes().stream()
                .filter(n -> n.getCTFtnEdn().getId().intValue() > 0).toList();
        assertEquals(1, notes.size());
        XWPFFootnote note = notes.get(0);
        XWPFParagraph np = note.getParagraphs().get(0);
        assertTrue(np.getText().contains(SampleDocument.FOOTNOTE_TEXT), np.getText());
        assertEquals("FootnoteText", np.getStyle());
        assertEquals(PROFILE.style(Role.FOOTNOTE).size().points(), docx.fontSize(np, run(np, SampleDocument.FOOTNOTE_TEXT)), 1e-9);
        XWPFParagraph body = docx.allParagraphs().stream()
                .filter(x -> x.getText().startsWith("Thực hiện")).findFirst().orElseThrow();
        var ref = body.getCTP().getRList().stream().filter(r -> r.sizeOfFootnoteReferenceArray() > 0)
                .findFirst().orElseThrow();
        assertEquals(note.getCTFtnEdn().getId(), ref.getFootnoteReferenceArray(0).getId());
        assertEquals("superscript", ref.getRPr().getVertAlignArray(0).getVal().toString());
        assertEquals(2, docx.doc.getFootnotes().size() - notes.size(), "separator and continuation");
    }

    @Test
    void dataTableHasSpansRepeatedHeaderAndUnsplittableRows() {
        XWPFTable t = docx.tables().get(2); // header block, signature block, data table
        assertEquals(4, t.getRows().size());
        XWPFTableRow h1 = t.getRow(0);
        XWPFTableRow h2 = t.getRow(1);
        CTTcPr tt = h1.getCell(0).getCTTc().getTcPr();
        assertEquals(STMerge.RESTART, tt.getVMerge().getVal());
        assertEquals(2, num(h1.getCell(1).getCTTc().getTcPr().getGridSpan().getVal()));
        CTTcPr cont = h2.getCell(0).getCTTc().getTcPr();
        assertTrue(cont.isSetVMerge());
        assertTrue(!cont.getVMerge().isSetVal() || cont.getVMerge().getVal() == STMerge.CONTINUE);
        assertEquals(3, h2.getTableCells().size(), "the continue cell plus two");
        assertEquals("Tên", h2.getCell(1).getText());
        for (int i = 0; i < 4; i++) {
            var trPr = t.getRow(i).getCtRow().getTrPr();
            assertEquals(1, trPr.sizeOfCantSplitArray(), "row " + i);
            assertEquals(i < 2 ? 1 : 0, trPr.sizeOfTblHeaderArray(), "row " + i);
        }
        assertEquals("VbTableHeader", h1.getCell(0).getParagraphs().get(0).getStyle());
        assertEquals("center", h1.getCell(0).getCTTc().getTcPr().getVAlign().getVal().toString());
        XWPFTableCell amount = t.getRow(2).getCell(2);
        assertEquals("VbTableCell", amount.getParagraphs().get(0).getStyle());
        assertEquals("right", amount.getParagraphs().get(0).getCTP().getPPr().getJc().getVal().toString());
        XWPFParagraph total = t.getRow(3).getCell(1).getParagraphs().get(0);
        assertTrue(docx.bold(total, total.getRuns().get(0)), "bold row");

        // Column widths: weights 1:4:2 of the landscape text width, summing exactly.
        long textWidth = twips(PROFILE.textWidth(Orientation.LANDSCAPE));
        var cols = t.getCTTbl().getTblGrid().getGridColList();
        long sum = 0;
        for (var c : cols) {
            sum += num(c.getW());
        }
        assertEquals(textWidth, sum);
        assertEquals(Math.round(textWidth * 4 / 7.0), num(cols.get(1).getW()));
        var borders = t.getCTTbl().getTblPr().getTblBorders();
        assertEquals(PROFILE.tableRuleWidth().toEighthPoints(), num(borders.getInsideH().getSz()));
        assertEquals(twips(PROFILE.cellPadding()), num(t.getCTTbl().getTblPr().getTblCellMar().getLeft().getW()));
        assertEquals("fixed", t.getCTTbl().getTblPr().getTblLayout().getType().toString());
    }

    @Test
    void headerBlockIsABorderlessTableWithSharedColumns() {
        XWPFTable t = docx.tables().get(0);
        long textWidth = twips(PROFILE.textWidth(Orientation.PORTRAIT));
        var cols = t.getCTTbl().getTblGrid().getGridColList();
        assertEquals(Math.round(textWidth * PROFILE.headerLeftShare()), num(cols.get(0).getW()), 1);
        assertEquals(textWidth, num(cols.get(0).getW()) + num(cols.get(1).getW()));
        assertEquals("none", t.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString());
        assertEquals(0, num(t.getCTTbl().getTblPr().getTblCellMar().getLeft().getW()));
        // Số and the date open the second row, level with each other.
        assertEquals("Số: 05/KH-STTTT", t.getRow(1).getCell(0).getParagraphs().get(0).getText());
        assertEquals("Bắc Ninh, ngày 05 tháng 01 năm 2020", t.getRow(1).getCell(1).getParagraphs().get(0).getText());
    }

    @Test
    void rulesAreBordersOfTheMeasuredLength() {
        XWPFTable t = docx.tables().get(0);
        long leftCol = num(t.getCTTbl().getTblGrid().getGridColList().get(0).getW());
        long rightCol = num(t.getCTTbl().getTblGrid().getGridColList().get(1).getW());
        // Tiêu ngữ: a rule as long as its text.
        double motto = boldWidth("Độc lập - Tự do - Hạnh phúc", PROFILE.style(Role.MOTTO).size().points());
        checkRule(ruleAfter(t.getRow(0).getCell(1), "Độc lập - Tự do - Hạnh phúc"), rightCol, motto, Role.MOTTO);
        // Issuing body as the layout gives it (fitting is the layout stage's, see HeaderFit): wraps in its
        // column; the rule is a share of the longest wrapped line.
        String issuing = "SỞ THÔNG TIN VÀ TRUYỀN THÔNG";
        Role issuingRole = Role.ISSUING_BODY;
        double issuingLine = longestWrappedLine(issuing, leftCol / 20.0, PROFILE.style(issuingRole).size().points());
        checkRule(ruleAfter(t.getRow(0).getCell(0), issuing), leftCol, issuingLine * PROFILE.partRuleShare(), issuingRole);
        // Trích yếu: a share of its longest line, centred on the text width.
        double subject = boldWidth("Chuyển đổi số của Sở Thông tin và Truyền thông",
                PROFILE.style(Role.SUBJECT).size().points());
        List<XWPFParagraph> ps = docx.doc.getParagraphs();
        int i = ps.indexOf(docx.paragraphWithText("năm 2020"));
        checkRule(ps.get(i + 1), twips(PROFILE.textWidth(Orientation.PORTRAIT)), subject * PROFILE.partRuleShare(),
                Role.SUBJECT);
        // The trích yếu's rule ends the title block: the profile's space before the body follows it.
        assertEquals(twips(PROFILE.titleSpaceAfter()), num(ps.get(i + 1).getCTP().getPPr().getSpacing().getAfter()));
    }

    /**
     * Width of bold text from the bundled font's advances as AWT reads them (at the font's 2048 units per
     * em AWT advances are design units), independently of the engine's own measuring.
     */
    private static double boldWidth(String text, double size) {
        try (var in = vn.vanban.fonts.FontSet.class.getResourceAsStream("/fonts/LiberationSerif-Bold.ttf")) {
            java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in).deriveFont(2048f);
            java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, false, true);
            double units = 0;
            for (int cp : text.codePoints().toArray()) {
                units += font.createGlyphVector(frc, Character.toChars(cp)).getGlyphMetrics(0).getAdvance();
            }
            return units * size / 2048;
        } catch (java.io.IOException | java.awt.FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Greedy wrap at spaces, as Word does, and the width of the widest line. */
    private static double longestWrappedLine(String text, double columnPt, double size) {
        double widest = 0;
        String line = "";
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && boldWidth(candidate, size) > columnPt) {
                widest = Math.max(widest, boldWidth(line, size));
                line = word;
            } else {
                line = candidate;
            }
        }
        return Math.max(widest, boldWidth(line, size));
    }

    private static XWPFParagraph ruleAfter(XWPFTableCell cell, String text) {
        List<XWPFParagraph> ps = cell.getParagraphs();
        for (int i = 0; i < ps.size() - 1; i++) {
            if (ps.get(i).getText().equals(text)) {
                return ps.get(i + 1);
            }
        }
        throw new AssertionError("no line " + text);
    }

    private static void checkRule(XWPFParagraph rule, long columnTwips, double lengthPt, Role above) {
        CTPPr ppr = rule.getCTP().getPPr();
        assertEquals("", rule.getText());
        assertEquals("single", ppr.getPBdr().getBottom().getVal().toString());
        assertEquals(PROFILE.ruleWidth().toEighthPoints(), num(ppr.getPBdr().getBottom().getSz()));
        long left = num(ppr.getInd().getLeft());
        long right = num(ppr.getInd().getRight());
        assertEquals(left, right, "centred");
        assertEquals(Math.round(lengthPt * 20), columnTwips - left - right, 2.0, "rule length");
        // The rule clears the line above: its paragraph is as high as the drop below that line's box that
        // leaves the profile's clearance under the font's descent (the dot below Ạ, Ệ, Ộ).
        TextStyle st = PROFILE.style(above);
        Length drop = PROFILE.ruleDrop(st, FONTS.descent(st.bold(), st.italic()));
        assertEquals(twips(drop), num(ppr.getSpacing().getLine()));
        assertTrue(drop.points() + (1 - Nd30Profile.FIXED_LINE_ASCENT) * st.lineHeight().points()
                - FONTS.descent(st.bold(), st.italic()) * st.size().points() >= PROFILE.ruleClearance().points(),
                "clearance under the descent line");
        assertEquals(STLineSpacingRule.EXACT, ppr.getSpacing().getLineRule());
    }

    @Test
    void signatureBlockKeepsWithTheBodyAndLeavesSpaceToSign() {
        XWPFParagraph last = docx.paragraphWithText("Trên đây là Kế hoạch của Sở./.");
        assertTrue(DocxReader.on(last.getCTP().getPPr().getKeepNext()));
        XWPFTable sig = docx.tables().get(1);
        assertEquals(1, sig.getRow(0).getCtRow().getTrPr().sizeOfCantSplitArray());
        for (XWPFTableCell c : sig.getRow(0).getTableCells()) {
            for (XWPFParagraph p : c.getParagraphs()) {
                assertTrue(DocxReader.on(p.getCTP().getPPr().getKeepNext()), p.getText());
            }
        }
        XWPFParagraph name = docx.paragraphWithText("Nguyễn Văn An");
        TextStyle nameStyle = PROFILE.style(Role.SIGNER_NAME);
        assertEquals(twips(nameStyle.spaceBefore().plus(PROFILE.signatureSpace())),
                num(name.getCTP().getPPr().getSpacing().getBefore()));
        assertEquals("none", sig.getCTTbl().getTblPr().getTblBorders().getInsideV().getVal().toString());
        assertEquals("left", docx.paragraphProperties("VbRecipient").getJc().getVal().toString());
        assertEquals("center", docx.paragraphProperties("VbSignerAuthority").getJc().getVal().toString());
    }

    @Test
    void listItemsStartWithTheirMarkerAndNestedOnesIndent() {
        XWPFParagraph first = docx.paragraphWithText("- Hoàn thiện hạ tầng số;");
        XWPFParagraph nested = docx.paragraphWithText("+ Nâng cấp mạng LAN.");
        assertEquals("VbListItem", first.getStyle());
        assertNull(first.getCTP().getPPr().getInd());
        assertEquals(twips(PROFILE.listIndent()), num(nested.getCTP().getPPr().getInd().getLeft()));
        assertEquals(0, first.getCTP().getPPr().getNumPr() == null ? 0 : 1, "literal marker, no Word numbering");
    }

    @Test
    void spacerIsEmptyBodyLines() {
        List<XWPFParagraph> ps = docx.doc.getParagraphs();
        int i = ps.indexOf(docx.paragraphWithText("Trên đây là Kế hoạch của Sở./."));
        for (XWPFParagraph spacer : List.of(ps.get(i - 1), ps.get(i - 2))) {
            assertEquals("", spacer.getText());
            assertEquals(twips(PROFILE.style(Role.BODY).lineHeight()), num(spacer.getCTP().getPPr().getSpacing().getLine()));
            assertEquals(0, num(spacer.getCTP().getPPr().getSpacing().getAfter()));
        }
        assertEquals("+ Nâng cấp mạng LAN.", ps.get(i - 3).getText());
    }

    @Test
    void corePropertiesCarryTitleAndDocumentDate() {
        var core = docx.doc.getProperties().getCoreProperties();
        assertEquals(SampleDocument.TITLE, core.getTitle());
        assertNotNull(core.getCreated());
        assertEquals(SampleDocument.DATE.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                core.getCreated().toInstant());
    }

    @Test
    void sameDocumentGivesIdenticalBytes() {
        byte[] again = new DocxWriter(PROFILE, FONTS).write(SampleDocument.create());
        assertArrayEquals(bytes, again);
        LayoutDocument other = new LayoutDocument("Khác", SampleDocument.DATE, SampleDocument.create().sections());
        assertFalse(java.util.Arrays.equals(bytes, new DocxWriter(PROFILE, FONTS).write(other)),
                "the comparison can tell documents apart");
    }

    @Test
    void zipEntriesHaveFixedOrderAndTimestamp() throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertEquals(LocalDateTime.of(2020, 1, 5, 0, 0), e.getTimeLocal(), e.getName());
            }
        }
        assertEquals("[Content_Types].xml", names.get(0));
        assertEquals("_rels/.rels", names.get(1));
        List<String> rest = new ArrayList<>(names.subList(2, names.size()));
        List<String> sorted = new ArrayList<>(rest);
        sorted.sort(null);
        assertEquals(sorted, rest);
        assertTrue(names.contains("word/footnotes.xml"));
    }

    @Test
    void oneWriterServesSeveralThreads() throws Exception {
        DocxWriter shared = new DocxWriter(PROFILE, FONTS);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> shared.write(SampleDocument.create())));
            }
            for (Future<byte[]> f : results) {
                assertArrayEquals(bytes, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pageBreakAndRestartedNumbering() {
        LayoutDocument d = new LayoutDocument("Phụ lục", null, List.of(
                new PageSection(Orientation.PORTRAIT, false, List.of(
                        SampleDocument.para(Role.BODY, "Trang một"),
                        new Block.PageBreak(),
                        SampleDocument.para(Role.BODY, "Trang hai"))),
                new PageSection(Orientation.PORTRAIT, true, List.of(
                        SampleDocument.para(Role.APPENDIX_LABEL, "Phụ lục")))));
        byte[] out = new DocxWriter(PROFILE, FONTS).write(d);
        DocxReader r = DocxReader.read(out);
        XWPFParagraph two = r.paragraphWithText("Trang hai");
        assertTrue(DocxReader.on(two.getCTP().getPPr().getPageBreakBefore()));
        assertFalse(r.paragraphWithText("Trang một").getCTP().getPPr().isSetPageBreakBefore());
        CTSectPr last = r.doc.getDocument().getBody().getSectPr();
        assertEquals(1, num(last.getPgNumType().getStart()));
        assertTrue(r.doc.getFootnotes().isEmpty(), "no footnotes part when there are no notes");
        assertArrayEquals(out, new DocxWriter(PROFILE, FONTS).write(d), "undated drafts are reproducible too");
    }

    @Test
    void tablesAreKeptApartAndCanStartANewPage() {
        vn.vanban.layout.Table table = new vn.vanban.layout.Table(
                List.of(new vn.vanban.layout.Table.Column(1, vn.vanban.layout.Table.Align.LEFT)), List.of(),
                List.of(new vn.vanban.layout.Table.Row(List.of(new vn.vanban.layout.Table.Cell(
                        List.of(vn.vanban.layout.Inline.Span.plain("ô")), 1, 1, null, false, false)), false)));
        LayoutDocument d = new LayoutDocument("Bảng", SampleDocument.DATE, List.of(
                new PageSection(Orientation.PORTRAIT, false, List.of(
                        SampleDocument.para(Role.BODY, "Trước"),
                        new Block.PageBreak(),
                        new Block.TableBlock(table),
                        new Block.TableBlock(table)))));
        DocxReader r = DocxReader.read(new DocxWriter(PROFILE, FONTS).write(d));
        var elements = r.doc.getBodyElements();
        assertEquals(6, elements.size(), "paragraph, break carrier, table, separator, table, end");
        XWPFParagraph breaker = (XWPFParagraph) elements.get(1);
        assertTrue(DocxReader.on(breaker.getCTP().getPPr().getPageBreakBefore()));
        assertEquals(twips(PROFILE.ruleWidth()), num(breaker.getCTP().getPPr().getSpacing().getLine()),
                "no visible blank line at the top of the new page");
        assertTrue(elements.get(2) instanceof XWPFTable);
        assertTrue(elements.get(3) instanceof XWPFParagraph, "Word would merge adjacent tables");
        assertTrue(elements.get(4) instanceof XWPFTable);
        // Word ends a document with a paragraph; ours is thin so it cannot make an empty last page.
        XWPFParagraph end = (XWPFParagraph) elements.get(5);
        assertEquals(twips(PROFILE.ruleWidth()), num(end.getCTP().getPPr().getSpacing().getLine()));
    }

    @Test
    void onlyAParagraphRightBeforeTheSignatureKeepsWithIt() {
        vn.vanban.layout.Table table = new vn.vanban.layout.Table(
                List.of(new vn.vanban.layout.Table.Column(1, vn.vanban.layout.Table.Align.LEFT)), List.of(),
                List.of(new vn.vanban.layout.Table.Row(List.of(new vn.vanban.layout.Table.Cell(
                        List.of(vn.vanban.layout.Inline.Span.plain("ô")), 1, 1, null, false, false)), false)));
        Block signature = new Block.SignatureBlock(List.of(SampleDocument.line(Role.RECIPIENTS_TITLE, "Nơi nhận:")),
                List.of(SampleDocument.line(Role.SIGNER_NAME, "Nguyễn Văn An")));
        LayoutDocument d = new LayoutDocument("Ký", SampleDocument.DATE, List.of(
                new PageSection(Orientation.PORTRAIT, false, List.of(
                        SampleDocument.para(Role.BODY, "Trước bảng"), new Block.TableBlock(table), signature)),
                new PageSection(Orientation.PORTRAIT, true, List.of(
                        SampleDocument.para(Role.BODY, "Dòng một"), new Block.Spacer(2), signature))));
        DocxReader r = DocxReader.read(new DocxWriter(PROFILE, FONTS).write(d));
        var elements = r.doc.getBodyElements();
        // Paragraph, table, thin separator, signature, thin end carrying the section break.
        assertTrue(elements.get(1) instanceof XWPFTable && elements.get(3) instanceof XWPFTable);
        XWPFParagraph separator = (XWPFParagraph) elements.get(2);
        assertEquals(twips(PROFILE.ruleWidth()), num(separator.getCTP().getPPr().getSpacing().getLine()));
        assertFalse(separator.getCTP().getPPr().isSetKeepNext(), "after a table nothing keeps with the signature");
        assertFalse(r.paragraphWithText("Trước bảng").getCTP().getPPr().isSetKeepNext());
        // After a spacer its last empty line keeps with the signature, the first does not need to.
        XWPFParagraph firstLine = (XWPFParagraph) elements.get(6);
        XWPFParagraph lastLine = (XWPFParagraph) elements.get(7);
        assertEquals("", firstLine.getText());
        assertFalse(firstLine.getCTP().getPPr().isSetKeepNext());
        assertTrue(DocxReader.on(lastLine.getCTP().getPPr().getKeepNext()));
        assertTrue(elements.get(8) instanceof XWPFTable);
    }

    @Test
    void emptySectionStillGetsItsOwnSectionBreak() {
        LayoutDocument d = new LayoutDocument("Rỗng", SampleDocument.DATE, List.of(
                new PageSection(Orientation.PORTRAIT, false, List.of(SampleDocument.para(Role.BODY, "Một"))),
                new PageSection(Orientation.LANDSCAPE, false, List.of()),
                new PageSection(Orientation.PORTRAIT, false, List.of(SampleDocument.para(Role.BODY, "Ba")))));
        DocxReader r = DocxReader.read(new DocxWriter(PROFILE, FONTS).write(d));
        long breaks = r.doc.getParagraphs().stream()
                .filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null).count();
        assertEquals(2, breaks, "two section breaks in paragraphs, the third in the body");
        CTSectPr first = r.paragraphWithText("Một").getCTP().getPPr().getSectPr();
        assertNull(first.getPgSz().getOrient());
    }
}
