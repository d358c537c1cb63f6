package vn.vanban.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.layout.Block;
import vn.vanban.layout.Inline;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.PageSection;
import vn.vanban.layout.Revisions;
import vn.vanban.layout.Role;
import vn.vanban.layout.Table;

/** The redline's shape: what is marked, and how, for the changes a reviewer reads most. */
class LayoutDiffTest {
    private static final Revisions.Author WHO = new Revisions.Author("A", Instant.EPOCH);

    private static LayoutDocument doc(Block... blocks) {
        return new LayoutDocument("t", null, List.of(new PageSection(PageSection.Orientation.PORTRAIT, false,
                List.of(blocks))));
    }

    private static Block.Paragraph p(Role role, Inline... inlines) {
        return new Block.Paragraph(role, List.of(inlines));
    }

    private static Inline.Span s(String t) {
        return Inline.Span.plain(t);
    }

    private static List<Block> blocks(LayoutDiff.Redline r) {
        return r.document().sections().get(0).blocks();
    }

    /** "text[kind]" for each inline of a paragraph. */
    private static String marked(LayoutDiff.Redline r, Block b) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : ((Block.Paragraph) b).content()) {
            Revisions.Change c = r.revisions().of(i);
            sb.append(Inline.plainText(List.of(i)));
            if (c != null) {
                sb.append('[').append(c.kind()).append(']');
            }
            sb.append('|');
        }
        return sb.toString();
    }

    @Test
    void aSectionInsertedFirstShowsOnlyTheLaterNumbersAsChanged() {
        LayoutDocument older = doc(p(Role.HEADING_1, s("I. MỤC ĐÍCH")), p(Role.BODY, s("Nội dung một.")),
                p(Role.HEADING_1, s("II. NỘI DUNG")));
        LayoutDocument newer = doc(p(Role.HEADING_1, s("I. CĂN CỨ")), p(Role.BODY, s("Mới.")),
                p(Role.HEADING_1, s("II. MỤC ĐÍCH")), p(Role.BODY, s("Nội dung một.")),
                p(Role.HEADING_1, s("III. NỘI DUNG")));
        LayoutDiff.Redline r = LayoutDiff.diff(older, newer, WHO);
        List<Block> b = blocks(r);
        assertEquals(5, b.size());
        assertEquals(Revisions.Kind.INSERTED, r.revisions().of(b.get(0)).kind());
        assertEquals(Revisions.Kind.INSERTED, r.revisions().of(b.get(1)).kind());
        assertEquals("I.[DELETED]|II.[INSERTED]| MỤC ĐÍCH|", marked(r, b.get(2)));
        assertNull(r.revisions().of(b.get(3)), "unchanged paragraph");
        assertEquals("II.[DELETED]|III.[INSERTED]| NỘI DUNG|", marked(r, b.get(4)));
        // One insertion for the two new paragraphs, then one deletion and one insertion per number.
        assertEquals(3, r.insertions());
        assertEquals(2, r.deletions());
    }

    @Test
    void aReplacedPhraseReadsAsOneDeletionAndOneInsertion() {
        LayoutDiff.Redline r = LayoutDiff.diff(doc(p(Role.BODY, s("Triển khai kịp thời, đầy đủ."))),
                doc(p(Role.BODY, s("Triển khai nhanh chóng, đầy đủ."))), WHO);
        assertEquals("Triển khai |kịp thời,[DELETED]|nhanh chóng,[INSERTED]| đầy đủ.|", marked(r, blocks(r).get(0)));
        assertEquals(1, r.insertions());
        assertEquals(1, r.deletions());
    }

    @Test
    void boldOnlyIsAFormattingChange() {
        LayoutDiff.Redline r = LayoutDiff.diff(doc(p(Role.BODY, s("Một hai ba."))),
                doc(p(Role.BODY, s("Một "), new Inline.Span("hai", true, false, false), s(" ba."))), WHO);
        Block.Paragraph para = (Block.Paragraph) blocks(r).get(0);
        Inline.Span hai = (Inline.Span) para.content().get(1);
        assertTrue(hai.bold());
        Revisions.Change c = r.revisions().of(hai);
        assertEquals(Revisions.Kind.FORMATTED, c.kind());
        assertEquals(false, c.oldBold());
        assertEquals(0, r.insertions() + r.deletions());
        assertEquals(1, r.formatting());
    }

    private static Table.Row row(String... cells) {
        return new Table.Row(java.util.Arrays.stream(cells)
                .map(c -> new Table.Cell(List.of(s(c)), 1, 1, null, false, false)).toList(), false);
    }

    private static Block.TableBlock table(Table.Row... body) {
        List<Table.Column> cols = List.of(new Table.Column(1, Table.Align.LEFT), new Table.Column(3, Table.Align.LEFT),
                new Table.Column(1, Table.Align.RIGHT));
        return new Block.TableBlock(new Table(cols, List.of(row("TT", "Nội dung", "Số")), List.of(body)));
    }

    @Test
    void tableRowsInsertedDeletedAndCellsChanged() {
        LayoutDocument older = doc(p(Role.BODY, s("Bảng:")), table(row("1", "Tiêm chủng", "96,0"),
                row("2", "Suy dinh dưỡng", "19,5"), row("3", "Tử vong", "12,5")));
        LayoutDocument newer = doc(p(Role.BODY, s("Bảng:")), table(row("1", "Tiêm chủng", "97,0"),
                row("2", "Tử vong", "12,5"), row("3", "Đuối nước", "4")));
        LayoutDiff.Redline r = LayoutDiff.diff(older, newer, WHO);
        Table t = ((Block.TableBlock) blocks(r).get(1)).table();
        assertEquals(4, t.bodyRows().size());
        assertNull(r.revisions().of(t.bodyRows().get(0)), "a changed cell is no row change");
        assertEquals(Revisions.Kind.DELETED, r.revisions().of(t.bodyRows().get(1)).kind());
        assertEquals(Revisions.Kind.INSERTED, r.revisions().of(t.bodyRows().get(3)).kind());

        byte[] docx = RedlineSamplesTest.FORMATS.writer("docx").write(r.document(), r.revisions());
        String xml = TrackedChanges.part(docx, "word/document.xml");
        assertTrue(xml.contains("<w:trPr><w:cantSplit/><w:del "), "row deletion in w:trPr");
        assertTrue(xml.contains("<w:trPr><w:cantSplit/><w:ins "), "row insertion in w:trPr");
        CompareTestAccess.assertAcceptAndReject(docx, RedlineSamplesTest.FORMATS.writer("docx").write(newer),
                RedlineSamplesTest.FORMATS.writer("docx").write(older));
        assertEquals(List.of(), OoxmlSchema.errors(xml, null));
    }

    @Test
    void unchangedDocumentsGiveNoMarks() {
        LayoutDocument d = doc(p(Role.BODY, s("Giống nhau.")));
        LayoutDiff.Redline r = LayoutDiff.diff(d, doc(p(Role.BODY, s("Giống nhau."))), WHO);
        assertTrue(r.revisions().isEmpty());
    }

    @Test
    void theRedlineDocxCarriesTheNumberChangeAndTheFormatChange(@TempDir Path tmp) {
        var v = RedlineSamplesTest.Versions.of(tmp, "nghe-an-ke-hoach-2023.yaml",
                List.of(SampleEdits.SECTION_FIRST, SampleEdits.BOLD));
        String xml = TrackedChanges.part(RedlineSamplesTest.compare(v).docx(), "word/document.xml");
        assertTrue(xml.matches("(?s).*<w:delText xml:space=\"preserve\">I\\.</w:delText></w:r></w:del>"
                + "<w:ins [^>]*><w:r><w:t xml:space=\"preserve\">II\\.</w:t></w:r></w:ins>"
                + "<w:r><w:t xml:space=\"preserve\"> MỤC ĐÍCH, YÊU CẦU</w:t></w:r>.*"), "renumbered heading");
        assertTrue(xml.contains("<w:rPrChange w:author=\"Nguyễn Văn Thử\" w:date=\"2024-05-20T08:30:00Z\""), "format change");
    }
}
