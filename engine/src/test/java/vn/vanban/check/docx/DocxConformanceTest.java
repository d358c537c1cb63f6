package vn.vanban.check.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.vanban.TestPaths;
import vn.vanban.diag.ContentException;
import vn.vanban.fonts.FontSet;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.render.Engine;
import vn.vanban.load.TemplateSource;
import vn.vanban.write.docx.DocxWriter;

/**
 * Every DOCX vanban writes meets every ND30 rule; a DOCX broken in one place (mutated with POI) fails
 * that rule, at that place, and only that rule.
 */
class DocxConformanceTest {
    private static final Engine ENGINE = new Engine(TemplateSource.defaults());
    private static final DocxWriter WRITER = new DocxWriter(Nd30Profile.defaults(), FontSet.bundled());
    private static final String PLAN = "bao-linh-ke-hoach-2024";

    static byte[] render(String name) {
        return WRITER.write(ENGINE.render(TestPaths.content(name + ".yaml")).layout());
    }

    private static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static List<RuleResult> failed(List<RuleResult> results) {
        return results.stream().filter(r -> !r.met()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nghe-an-ke-hoach-2023", "thua-thien-hue-ke-hoach-2023", "bao-linh-ke-hoach-2024"})
    void everySamplePlanMeetsEveryRule(String name) throws IOException {
        List<RuleResult> results = DocxConformance.check(open(render(name)));
        assertEquals(List.of(), failed(results));
        // Every rule was actually checked: one page result per section, then the eleven others.
        List<String> rules = results.stream().map(RuleResult::rule).distinct().toList();
        assertEquals(12, rules.size(), rules.toString());
    }

    /**
     * The documents that travel with a plan (issue 15) meet every common rule and their type's own:
     * ký hiệu by type and the type's layout (the biên bản has no type-layout rule beyond its signers).
     */
    @ParameterizedTest
    @ValueSource(strings = {"bao-linh-cong-van-2024", "bao-linh-quyet-dinh-2024", "thua-thien-hue-to-trinh-2023",
            "bao-linh-thong-bao-2024", "bao-linh-giay-moi-2024", "bao-linh-bien-ban-2024",
            "bao-linh-quyet-dinh-ban-hanh-ke-hoach-2024"})
    void everyOtherTypeSampleMeetsEveryRuleOfItsType(String name) throws IOException {
        List<RuleResult> results = DocxConformance.check(open(render(name)));
        assertEquals(List.of(), failed(results));
        List<String> rules = results.stream().map(RuleResult::rule).distinct().toList();
        assertTrue(rules.contains(TypeRules.CODE), rules.toString());
        boolean ownLayout = !name.contains("thong-bao") && !name.contains("bien-ban");
        assertEquals(ownLayout, rules.contains(TypeRules.TYPE), rules.toString());
    }

    private static List<RuleResult> mutated(String sample, Consumer<XWPFDocument> change) throws IOException {
        XWPFDocument doc = open(render(sample));
        change.accept(doc);
        return failed(DocxConformance.check(doc));
    }

    private static void retext(XWPFParagraph p, String text) {
        p.getRuns().get(0).setText(text, 0);
        for (int i = p.getRuns().size() - 1; i > 0; i--) {
            p.removeRun(i);
        }
    }

    /** A decision that issues a plan: the plan follows with the decision's note under its title and no Số. */
    @Test
    void anIssuedPlanCarriesTheDecisionsNumberNotItsOwn() throws IOException {
        DocxView v = new DocxView(open(render("bao-linh-quyet-dinh-ban-hanh-ke-hoach-2024")));
        List<String> texts = v.paras.stream().map(DocxView.Para::text).toList();
        int plan = texts.indexOf("KẾ HOẠCH");
        assertTrue(plan > texts.indexOf("QUYẾT ĐỊNH:"), "the plan follows the decision");
        assertEquals("(Ban hành kèm theo Quyết định số 57/QĐ-UBND ngày 24 tháng 4 năm 2024 của Chủ tịch Ủy ban"
                + " nhân dân xã Bảo Linh)", texts.subList(plan, texts.size()).stream()
                .filter(t -> t.startsWith("(")).findFirst().orElseThrow());
        assertEquals(1, texts.stream().filter(t -> t.startsWith("Số:")).count(), "only the decision has a number");
        assertEquals(1, texts.stream().filter(t -> t.equals("Nơi nhận:")).count(), "only the decision has Nơi nhận");
    }

    @Test
    void aCodeOfAnotherTypeIsFlagged() throws IOException {
        List<RuleResult> f = mutated("bao-linh-quyet-dinh-2024", d -> retext(paragraph(d, "Số: 58/QĐ-UBND"),
                "Số: 58/KH-UBND"));
        assertEquals(List.of(TypeRules.CODE), f.stream().map(RuleResult::rule).toList());
        assertEquals(List.of(RuleResult.Problem.of("check.ky-hieu.type", "KH", "QĐ", "QUYẾT ĐỊNH")), f.get(0).problems());
        List<RuleResult> cv = mutated("bao-linh-cong-van-2024", d -> retext(paragraph(d, "Số: 45/UBND-VP"),
                "Số: 45/TB-UBND"));
        assertEquals(List.of(RuleResult.Problem.of("check.ky-hieu.cong-van", "TB")), cv.get(0).problems());
    }

    @Test
    void aDecisionsArticlesMustRunInOrderWithABoldLabel() throws IOException {
        List<RuleResult> f = mutated("bao-linh-quyet-dinh-2024", d -> new DocxView(d).paras.stream()
                .filter(p -> p.text().startsWith("Điều 2.")).findFirst().orElseThrow().p().getRuns().get(0)
                .setText("Điều 3.", 0));
        assertEquals(List.of(TypeRules.TYPE), f.stream().map(RuleResult::rule).toList());
        assertEquals(List.of(RuleResult.Problem.of("check.dieu.order", 3, 2)), f.get(0).problems());
        List<RuleResult> notBold = mutated("bao-linh-quyet-dinh-2024", d -> new DocxView(d).paras.stream()
                .filter(p -> p.text().startsWith("Điều 1.")).findFirst().orElseThrow().p().getRuns()
                .forEach(r -> r.setBold(false)));
        assertEquals(List.of(RuleResult.Problem.of("check.not-bold")), notBold.get(0).problems());
        List<RuleResult> basis = mutated("bao-linh-quyet-dinh-2024", d -> new DocxView(d).paras.stream()
                .filter(p -> p.text().startsWith("Căn cứ Luật Trẻ em")).findFirst().orElseThrow().p().getRuns()
                .forEach(r -> r.setItalic(false)));
        assertEquals(List.of(RuleResult.Problem.of("check.not-italic")), basis.get(0).problems());
    }

    @Test
    void aCongVansSubjectLineIsNotBold() throws IOException {
        List<RuleResult> f = mutated("bao-linh-cong-van-2024", d -> new DocxView(d).paras.stream()
                .filter(p -> p.text().startsWith("V/v")).findFirst().orElseThrow().p().getRuns()
                .forEach(r -> r.setBold(true)));
        assertEquals(List.of(TypeRules.TYPE), f.stream().map(RuleResult::rule).toList());
        assertEquals(List.of(RuleResult.Problem.of("check.bold")), f.get(0).problems());
    }

    @Test
    void aCongVansRecipientsOpenWithNhuTren() throws IOException {
        List<RuleResult> f = mutated("bao-linh-cong-van-2024", d -> retext(paragraph(d, "- Như trên;"), "- Phòng Văn hóa;"));
        assertEquals(List.of(TypeRules.TYPE), f.stream().map(RuleResult::rule).toList());
        assertEquals(List.of(RuleResult.Problem.of("check.cong-van.nhu-tren")), f.get(0).problems());
        List<RuleResult> tt = mutated("thua-thien-hue-to-trinh-2023", d -> new DocxView(d).paras.stream()
                .filter(p -> p.text().contains("kính trình")).forEach(p -> retext(p.p(), "Đề nghị xem xét./.")));
        assertEquals(List.of(RuleResult.Problem.of("check.missing", "... kính trình ... xem xét, quyết định")),
                tt.get(0).problems());
    }

    @Test
    void anInvitationSaysWhereTheMeetingIs() throws IOException {
        List<RuleResult> f = mutated("bao-linh-giay-moi-2024", d -> new DocxView(d).paras.stream()
                .filter(p -> p.text().startsWith("Địa điểm")).forEach(p -> retext(p.p(), "Hội trường.")));
        assertEquals(List.of(TypeRules.TYPE), f.stream().map(RuleResult::rule).toList());
        assertEquals(List.of(RuleResult.Problem.of("check.missing", "Địa điểm: ...")), f.get(0).problems());
    }

    @Test
    void minutesNeedBothSignersSideBySide() throws IOException {
        List<RuleResult> f = mutated("bao-linh-bien-ban-2024", d -> retext(paragraph(d, "CHỦ TRÌ"), "GIÁM ĐỐC"));
        assertEquals(List.of(SignatureRules.SIGNER), f.stream().map(RuleResult::rule).toList());
        assertEquals(List.of(RuleResult.Problem.of("check.bien-ban.signers")), f.get(0).problems());
    }

    /** The samples are drafts or undated; a numbered, fully dated plan ("Số: 05/...", "ngày 17 tháng 4") too. */
    @Test
    void aNumberedDatedPlanMeetsEveryRule() throws IOException {
        Path plan = TestPaths.root().resolve("engine/src/test/resources/bad-inputs/_hop-le.yaml");
        byte[] docx = WRITER.write(ENGINE.render(plan).layout());
        assertEquals(List.of(), failed(DocxConformance.check(open(docx))));
    }

    /** The plan with one change made through POI, then checked. */
    private static List<RuleResult> mutated(Consumer<XWPFDocument> change) throws IOException {
        XWPFDocument doc = open(render(PLAN));
        change.accept(doc);
        return failed(DocxConformance.check(doc));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return new DocxView(doc).paras.stream().filter(p -> p.text().equals(text)).findFirst().orElseThrow().p();
    }

    @Test
    void aWrongMarginFailsThePageRuleOfItsSection() throws IOException {
        List<RuleResult> f = mutated(d -> d.getDocument().getBody().getSectPr().getPgMar().setLeft(BigInteger.valueOf(1000)));
        assertEquals(1, f.size(), f.toString());
        RuleResult r = f.get(0);
        assertEquals(PageSetupRule.RULE, r.rule());
        assertEquals(new RuleResult.Place(1, null), r.place());
        assertEquals(List.of(RuleResult.Problem.of("check.page.margin", "kind.margin.left", "17.6", "30–35")), r.problems());
    }

    @Test
    void aNonBoldQuocHieuFailsItsRuleAtItsParagraph() throws IOException {
        List<RuleResult> f = mutated(d -> paragraph(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").getRuns()
                .forEach(r -> r.setBold(false)));
        assertEquals(1, f.size(), f.toString());
        assertEquals(HeaderRules.NATIONAL, f.get(0).rule());
        assertEquals(new RuleResult.Place(1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), f.get(0).place());
        assertEquals(List.of(RuleResult.Problem.of("check.not-bold")), f.get(0).problems());
    }

    @Test
    void mixedSizeSetsFail() throws IOException {
        List<RuleResult> f = mutated(d -> paragraph(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").getRuns()
                .forEach(r -> r.setFontSize(12)));
        assertEquals(List.of(HeaderRules.SIZE_SET), f.stream().map(RuleResult::rule).toList());
        assertEquals(List.of(RuleResult.Problem.of("check.size-set", "12", "14")), f.get(0).problems());
    }

    @Test
    void aMottoWithoutItsRuleFails() throws IOException {
        List<RuleResult> f = mutated(d -> {
            XWPFParagraph motto = paragraph(d, "Độc lập - Tự do - Hạnh phúc");
            DocxView v = new DocxView(d);
            XWPFParagraph rule = v.next(v.paras.stream().filter(p -> p.p() == motto).findFirst().orElseThrow()).p();
            rule.getCTP().getPPr().unsetPBdr();
        });
        assertEquals(List.of(HeaderRules.MOTTO), f.stream().map(RuleResult::rule).toList());
        assertEquals(List.of(RuleResult.Problem.of("check.no-rule-under")), f.get(0).problems());
    }

    @Test
    void anotherFontFailsWithTheFirstParagraphUsingIt() throws IOException {
        List<RuleResult> f = mutated(d -> paragraph(d, "KẾ HOẠCH").getRuns().forEach(r -> r.setFontFamily("Arial")));
        assertEquals(List.of(FontRule.RULE), f.stream().map(RuleResult::rule).toList());
        assertEquals(new RuleResult.Place(1, "KẾ HOẠCH"), f.get(0).place());
        assertEquals(List.of(RuleResult.Problem.of("check.font.other", "Arial")), f.get(0).problems());
    }

    @Test
    void aNumberOnPageOneFails() throws IOException {
        List<RuleResult> f = mutated(d -> new DocxView(d).sections.get(0).unsetTitlePg());
        assertEquals(List.of(PageNumberRule.RULE), f.stream().map(RuleResult::rule).toList());
        assertEquals(List.of(RuleResult.Problem.of("check.so-trang.page-one")), f.get(0).problems());
    }

    @Test
    void aLastRecipientWithoutLuuFails() throws IOException {
        List<RuleResult> f = mutated(d -> {
            XWPFParagraph luu = new DocxView(d).paras.stream().filter(p -> p.text().startsWith("- Lưu:"))
                    .findFirst().orElseThrow().p();
            XWPFRun first = luu.getRuns().get(0);
            first.setText("- Phòng Văn hóa;", 0);
            for (int i = luu.getRuns().size() - 1; i > 0; i--) {
                luu.removeRun(i);
            }
        });
        assertEquals(List.of(SignatureRules.RECIPIENTS), f.stream().map(RuleResult::rule).toList());
        assertEquals("- Phòng Văn hóa;", f.get(0).place().excerpt());
        assertEquals(List.of(RuleResult.Problem.of("check.noi-nhan.luu")), f.get(0).problems());
    }

    /** Anyone's DOCX may lack sections, styles and every ND30 element: each rule says so, nothing throws. */
    @Test
    void anEmptyDocumentFailsRuleByRuleWithoutCrashing() throws IOException {
        List<RuleResult> results = DocxConformance.check(new XWPFDocument());
        List<String> failed = failed(results).stream().map(RuleResult::rule).toList();
        assertEquals(List.of(PageSetupRule.RULE, HeaderRules.NATIONAL, HeaderRules.MOTTO, HeaderRules.NUMBER,
                HeaderRules.PLACE_DATE, TitleRule.RULE, TypeRules.CODE, SignatureRules.RECIPIENTS, SignatureRules.SIGNER,
                PageNumberRule.RULE), failed);
        assertEquals(List.of(RuleResult.Problem.of("check.missing", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
                results.stream().filter(r -> r.rule().equals(HeaderRules.NATIONAL)).findFirst().orElseThrow().problems());
    }

    @Test
    void aFileThatIsNotADocxIsAMessage(@TempDir Path dir) throws IOException {
        Path f = Files.write(dir.resolve("gia.docx"), "không phải docx".getBytes());
        ContentException e = assertThrows(ContentException.class, () -> DocxConformance.check(f));
        assertEquals("check.not-docx", e.diagnostics().get(0).key());
        assertTrue(e.diagnostics().get(0).loc().toString().endsWith("gia.docx:1:1"));
    }
}
