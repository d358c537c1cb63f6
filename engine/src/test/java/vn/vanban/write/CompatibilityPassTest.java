package vn.vanban.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vanban.layout.Block;
import vn.vanban.layout.Inline;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.Line;
import vn.vanban.layout.PageSection;
import vn.vanban.layout.PageSection.Orientation;
import vn.vanban.layout.Role;
import vn.vanban.layout.Table;
import vn.vanban.write.Arranged.PageBreak;
import vn.vanban.write.Arranged.Placed;
import vn.vanban.write.Arranged.SpacerLine;
import vn.vanban.write.Arranged.Thin;
import vn.vanban.write.Arranged.Why;

/**
 * The Word/LibreOffice adjustments for small hand-built sections: where the thin paragraphs stand and
 * why, which paragraph keeps with the signature, spacer lines, page breaks, and shared Word sections.
 */
class CompatibilityPassTest {
    private static Block.Paragraph para(String text) {
        return new Block.Paragraph(Role.BODY, List.of(Inline.Span.plain(text)));
    }

    private static Block.TableBlock table() {
        return new Block.TableBlock(new Table(List.of(new Table.Column(1, Table.Align.LEFT)), List.of(),
                List.of(new Table.Row(List.of(new Table.Cell(List.of(Inline.Span.plain("ô")), 1, 1, null, false,
                        false)), false))));
    }

    private static Block.SignatureBlock signature() {
        return new Block.SignatureBlock(List.of(new Line(Role.RECIPIENTS_TITLE, List.of(Inline.Span.plain("Nơi nhận:")),
                Line.Rule.NONE)), List.of(new Line(Role.SIGNER_NAME, List.of(Inline.Span.plain("Nguyễn Văn An")),
                Line.Rule.NONE)));
    }

    private static Block.HeaderBlock header() {
        return new Block.HeaderBlock(List.of(new Line(Role.ISSUING_BODY, List.of(Inline.Span.plain("SỞ")),
                Line.Rule.PART)), List.of());
    }

    private static List<Arranged> arrange(Block... blocks) {
        return CompatibilityPass.arrange(new PageSection(Orientation.PORTRAIT, false, List.of(blocks)));
    }

    private static Placed placed(Block b) {
        return new Placed(b, false);
    }

    private static Placed kept(Block b) {
        return new Placed(b, true);
    }

    private static Thin thin(Why why) {
        return new Thin(why);
    }

    @Test
    void aTableThatOpensItsSectionStandsBehindAThinParagraph() {
        Block.TableBlock t = table();
        Block.Paragraph p = para("Sau bảng");
        assertEquals(List.of(thin(Why.OPENS_SECTION), placed(t), placed(p)), arrange(t, p));
        Block.HeaderBlock h = header();
        assertEquals(List.of(thin(Why.OPENS_SECTION), placed(h), placed(p)), arrange(h, p));
    }

    @Test
    void twoTablesInARowAreKeptApart() {
        Block.Paragraph a = para("Trước");
        Block.TableBlock t1 = table();
        Block.TableBlock t2 = table();
        Block.Paragraph b = para("Sau");
        assertEquals(List.of(placed(a), placed(t1), thin(Why.BETWEEN_TABLES), placed(t2), placed(b)),
                arrange(a, t1, t2, b));
    }

    @Test
    void aPageBreakBeforeATableGoesOnAThinParagraph() {
        Block.Paragraph a = para("Trang một");
        Block.PageBreak br = new Block.PageBreak();
        Block.TableBlock t = table();
        Block.Paragraph b = para("Sau");
        List<Arranged> steps = arrange(a, br, t, b);
        assertEquals(List.of(placed(a), new PageBreak(br), thin(Why.AFTER_PAGE_BREAK), placed(t), placed(b)), steps);
        // Before a paragraph the break needs no thin paragraph: it goes on the paragraph itself.
        assertEquals(List.of(placed(a), new PageBreak(br), placed(b)), arrange(a, br, b));
        // One thin paragraph after a table and a break, not two.
        Block.TableBlock t2 = table();
        assertEquals(List.of(thin(Why.OPENS_SECTION), placed(t), new PageBreak(br), thin(Why.AFTER_PAGE_BREAK),
                placed(t2), thin(Why.ENDS_SECTION)), arrange(t, br, t2));
    }

    @Test
    void aTableThatEndsItsSectionIsFollowedByAThinParagraph() {
        Block.Paragraph a = para("Trước");
        Block.TableBlock t = table();
        assertEquals(List.of(placed(a), placed(t), thin(Why.ENDS_SECTION)), arrange(a, t));
        // A page break at the end is the section break's job: dropped, and the table still ends the section.
        assertEquals(List.of(placed(a), placed(t), thin(Why.ENDS_SECTION)), arrange(a, t, new Block.PageBreak()));
        assertEquals(List.of(placed(a)), arrange(a, new Block.PageBreak(), new Block.PageBreak()));
    }

    @Test
    void theParagraphBeforeTheSignatureKeepsWithIt() {
        Block.HeaderBlock h = header();
        Block.TitleBlock title = new Block.TitleBlock(List.of(new Line(Role.DOC_TYPE,
                List.of(Inline.Span.plain("KẾ HOẠCH")), Line.Rule.NONE)));
        Block.Paragraph last = para("Trên đây là Kế hoạch./.");
        Block.SignatureBlock s = signature();
        assertEquals(List.of(thin(Why.OPENS_SECTION), placed(h), placed(title), kept(last), placed(s),
                thin(Why.ENDS_SECTION)), arrange(h, title, last, s));
        Block.ListBlock list = new Block.ListBlock(List.of(new Block.ListItem("-", 1,
                List.of(Inline.Span.plain("mục")))));
        assertEquals(List.of(kept(list), placed(s), thin(Why.ENDS_SECTION)), arrange(list, s));
    }

    @Test
    void afterATableNothingKeepsWithTheSignature() {
        // The DOCX has only the thin paragraph between the two tables and keeps nothing there, so
        // LibreOffice keeps nothing; the PDF used to keep that thin line with the signature.
        Block.Paragraph a = para("Trước");
        Block.TableBlock t = table();
        Block.SignatureBlock s = signature();
        List<Arranged> steps = arrange(a, t, s);
        assertEquals(List.of(placed(a), placed(t), thin(Why.BETWEEN_TABLES), placed(s), thin(Why.ENDS_SECTION)),
                steps);
        assertTrue(steps.stream().noneMatch(CompatibilityPassTest::keeps), steps.toString());
        // Nor after a page break, nor at the start of a section.
        assertTrue(arrange(a, new Block.PageBreak(), s).stream().noneMatch(CompatibilityPassTest::keeps));
        assertEquals(List.of(thin(Why.OPENS_SECTION), placed(s), thin(Why.ENDS_SECTION)), arrange(s));
    }

    @Test
    void aSpacerIsOneEmptyLinePerLineAndItsLastKeepsWithTheSignature() {
        Block.Paragraph a = para("Trước");
        Block.Spacer sp = new Block.Spacer(3);
        Block.SignatureBlock s = signature();
        List<Arranged> steps = arrange(a, sp, s);
        assertEquals(List.of(placed(a), new SpacerLine(sp, false), new SpacerLine(sp, false), new SpacerLine(sp, true),
                placed(s), thin(Why.ENDS_SECTION)), steps);
        for (int i = 1; i <= 3; i++) {
            assertSame(sp, ((SpacerLine) steps.get(i)).spacer(), "the same spacer, so its revision mark is found");
        }
        // A spacer between tables is a paragraph: it keeps them apart by itself.
        Block.TableBlock t1 = table();
        Block.TableBlock t2 = table();
        assertEquals(List.of(thin(Why.OPENS_SECTION), placed(t1), new SpacerLine(sp, false),
                new SpacerLine(sp, false), new SpacerLine(sp, false), placed(t2), thin(Why.ENDS_SECTION)),
                arrange(t1, sp, t2));
    }

    @Test
    void blocksThatWriteNothingAreLeftOut() {
        Block.TableBlock t1 = table();
        Block.TableBlock t2 = table();
        assertEquals(List.of(thin(Why.OPENS_SECTION), placed(t1), thin(Why.BETWEEN_TABLES), placed(t2),
                thin(Why.ENDS_SECTION)), arrange(t1, new Block.Spacer(0), new Block.ListBlock(List.of()),
                new Block.TitleBlock(List.of()), t2));
        Block.Paragraph a = para("Trước");
        Block.SignatureBlock s = signature();
        assertEquals(List.of(kept(a), placed(s), thin(Why.ENDS_SECTION)),
                arrange(a, new Block.ListBlock(List.of()), s));
        assertEquals(List.of(), arrange());
    }

    @Test
    void theBlocksAreTheLayoutModelsOwnObjects() {
        Block.Paragraph a = para("Một");
        Block.TableBlock t = table();
        Block.SignatureBlock s = signature();
        List<Arranged> steps = arrange(a, t, s);
        assertSame(a, ((Placed) steps.get(0)).block());
        assertSame(t, ((Placed) steps.get(1)).block());
        assertSame(s, ((Placed) steps.get(3)).block());
    }

    @Test
    void sectionsOfOneOrientationRunOnInOneWordSectionWithTheSameThinParagraphs() {
        PageSection body = new PageSection(Orientation.PORTRAIT, false, List.of(header(), para("Thân"), table()));
        PageSection runsOn = new PageSection(Orientation.PORTRAIT, false, List.of(table(), para("Tiếp")));
        PageSection wide = new PageSection(Orientation.LANDSCAPE, false, List.of(table()));
        PageSection wideToo = new PageSection(Orientation.LANDSCAPE, false, List.of(para("Rộng"), table()));
        PageSection restarts = new PageSection(Orientation.LANDSCAPE, true, List.of(table()));
        List<PageSection> all = List.of(body, runsOn, wide, wideToo, restarts);
        List<ArrangedSection> arranged = CompatibilityPass.arrange(new LayoutDocument("Phụ lục", null, all));

        List<Boolean> starts = new ArrayList<>();
        List<Boolean> ends = new ArrayList<>();
        for (ArrangedSection a : arranged) {
            starts.add(a.startsWordSection());
            ends.add(a.endsWordSection());
        }
        assertEquals(List.of(true, false, true, false, true), starts, "a new orientation or a restart opens one");
        assertEquals(List.of(false, true, false, true, true), ends);
        for (int i = 0; i < all.size(); i++) {
            assertSame(all.get(i), arranged.get(i).section());
            // Whether it shares a Word section or not, a section gets the same steps: the thin paragraphs
            // before its first table and after its last come out the same.
            assertEquals(CompatibilityPass.arrange(all.get(i)), arranged.get(i).items());
        }
        assertEquals(thin(Why.ENDS_SECTION), arranged.get(0).items().get(arranged.get(0).items().size() - 1));
        assertEquals(thin(Why.OPENS_SECTION), arranged.get(1).items().get(0));
        assertFalse(arranged.get(1).items().stream().anyMatch(PageBreak.class::isInstance),
                "the page break that starts a shared Word section is the DOCX's own, not a step");
    }

    private static boolean keeps(Arranged a) {
        return a instanceof Placed p && p.keepWithNext() || a instanceof SpacerLine l && l.keepWithNext();
    }
}
