package vn.vanban.data;

import vn.vanban.format.Period;

import vn.vanban.format.VnNumber;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Vietnamese numbers, periods, comparison phrases, verdicts and the reference syntax. */
class FormatsTest {
    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    @Test
    void numbers() {
        assertEquals("332.600", VnNumber.formatTrimmed(n("332600"), 2));
        assertEquals("25,6", VnNumber.formatTrimmed(n("25.60"), 2));
        assertEquals("1.234.567,5", VnNumber.formatTrimmed(n("1234567.5"), 1));
        assertEquals("16,0", VnNumber.format(n("16"), 1));
        assertEquals("-0,3", VnNumber.signedFixed(n("-0.3"), 1));
        assertEquals("+1.250", VnNumber.signed(n("1250"), 0));
        assertEquals(n("13.6"), VnNumber.parse("13,6"));
        assertEquals(n("1250"), VnNumber.parse("1250"));
        assertNull(VnNumber.parse("332.600"), "thousands or decimals? refused");
        assertNull(VnNumber.parse("mười"));
    }

    @Test
    void periods() {
        Period half = Period.parse("2024-6T");
        assertEquals("6 tháng đầu năm 2024", half.label());
        assertEquals("6 tháng đầu năm 2023", half.previous().label());
        assertEquals("6 tháng cuối năm 2024", half.nextLabel());
        assertEquals("2023-6T", half.previous().code());
        Period year = Period.parse("2024");
        assertEquals("năm 2024", year.label());
        assertEquals("năm 2025", year.nextLabel());
        assertEquals("Năm 2023", year.previous().columnLabel());
        assertEquals("quý I năm 2024", Period.parse("2024-Q1").label());
        assertNull(Period.parse("2024-7T"));
    }

    @Test
    void comparisonPhrases() {
        FigureDef rate = new FigureDef("r", "Tỷ lệ", "%", "", "a", "b", n("100"), null, 1, null);
        FigureDef count = new FigureDef("c", "Trẻ em", "Người", "trẻ em", null, null, n("1"), null, 2, null);
        Period y2023 = Period.parse("2023");
        assertEquals("giảm từ 13,9% năm 2022 xuống 13,6% năm 2023",
                Phrases.compare(rate, n("13.6"), n("13.9"), y2023, y2023.previous()));
        assertEquals("tăng 2,1 điểm phần trăm", Phrases.change(rate, n("27.4"), n("25.3")));
        assertEquals("tăng 1.250 trẻ em (10,2%) so với năm 2022",
                Phrases.compare(count, n("13505"), n("12255"), y2023, y2023.previous()));
        assertEquals("bằng năm 2022", Phrases.compare(count, n("5"), n("5"), y2023, y2023.previous()));
    }

    @Test
    void verdictsRespectTheDirection() {
        assertEquals("Vượt KH", new Target("a", "", n("100"), n("120"), false).verdict());
        assertEquals("Đạt KH", new Target("a", "", n("100"), n("100"), false).verdict());
        assertEquals("Không đạt KH", new Target("a", "", n("100"), n("99.5"), false).verdict());
        assertEquals("Vượt KH", new Target("a", "", n("13.5"), n("12"), true).verdict());
        assertEquals("Không đạt KH", new Target("a", "", n("0"), n("1"), true).verdict());
        assertEquals("", new Target("a", "", n("0"), null, true).verdict());
    }

    @Test
    void onlyTheReferenceSyntaxIsRead() {
        List<Reference.Piece> p = Reference.split("A {{so-sanh tre-em|%}} ${x} <#if> \\{{ky}} {{ Ky }} {{ky}}");
        assertEquals(new Reference.Literal("A "), p.get(0));
        Reference r = ((Reference.Ref) p.get(1)).ref();
        assertEquals("so-sanh", r.op());
        assertEquals("tre-em", r.name());
        assertEquals("%", r.format());
        assertEquals(new Reference.Literal(" ${x} <#if> {{ky}} "), p.get(2));
        assertEquals(new Reference.Malformed(42, "{{ Ky }}"), p.get(3));
        assertEquals("ky", ((Reference.Ref) p.get(5)).ref().name());
    }
}
