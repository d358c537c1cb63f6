package vn.vanban.write.docx;

import java.util.ArrayList;
import java.util.List;

import org.docx4j.wml.Body;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tbl;

import vn.vanban.layout.Block;
import vn.vanban.layout.Inline;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.Line;
import vn.vanban.layout.PageSection;
import vn.vanban.layout.Role;
import vn.vanban.profile.Length;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.profile.TextStyle;

/**
 * Walks the layout model and fills the document body, one section after another. Each section's
 * properties go into its last paragraph (the last section's into the body), as WordprocessingML wants.
 * One instance per document: it keeps where the walk is.
 */
final class BodyWriter {
    private static final Length NONE = Length.pt(0);

    private final Nd30Profile profile;
    private final ParagraphWriter paragraphs;
    private final LineWriter lines;
    private final TableBuilder tables;
    private final SectionBuilder sections;
    private final PageNumberHeaders headers;

    private final List<Object> content = new ArrayList<>();
    /** A page break waiting for the next paragraph, which then starts on a new page. */
    private boolean pendingPageBreak;
    /** The last top-level paragraph written, so the signature block can keep with it. */
    private P lastParagraph;

    BodyWriter(Nd30Profile profile, ParagraphWriter paragraphs, LineWriter lines, TableBuilder tables,
               SectionBuilder sections, PageNumberHeaders headers) {
        this.profile = profile;
        this.paragraphs = paragraphs;
        this.lines = lines;
        this.tables = tables;
        this.sections = sections;
        this.headers = headers;
    }

    /** Index in {@code content} where the current section's blocks begin. */
    private int sectionStart;

    void write(LayoutDocument document, Body body) {
        List<PageSection> all = document.sections();
        boolean firstWordSection = true;
        for (int i = 0; i < all.size(); i++) {
            PageSection section = all.get(i);
            lastParagraph = null;
            sectionStart = content.size();
            if (i > 0 && sameWordSection(all.get(i - 1), section)) {
                pendingPageBreak = true;
            }
            for (Block block : section.blocks()) {
                block(block, section);
            }
            // A page break at the very end of a section is the section break's job.
            pendingPageBreak = false;
            if (i < all.size() - 1 && sameWordSection(section, all.get(i + 1))) {
                if (!content.isEmpty() && content.get(content.size() - 1) instanceof Tbl) {
                    content.add(thinParagraph());
                }
                continue;
            }
            SectPr sectPr = sections.build(section, firstWordSection, headers);
            firstWordSection = false;
            P end = sectionEndParagraph();
            if (i < all.size() - 1) {
                end.getPPr().setSectPr(sectPr);
            } else {
                body.setSectPr(sectPr);
            }
        }
        body.getContent().addAll(content);
    }

    /**
     * Pages of the same orientation whose numbering runs on need no Word section of their own: a page
     * break starts them. Fewer sections are simpler to edit, and LibreOffice lays out the first page of
     * a later section a little differently from the PDF writer (it will not split a paragraph there).
     */
    private static boolean sameWordSection(PageSection previous, PageSection next) {
        return previous.orientation() == next.orientation() && !next.restartNumbering();
    }

    /**
     * The paragraph that ends a section and carries its break: the section's last, or a thin one
     * after a table or in an empty section. The document's last section needs it too: Word always
     * ends a document with a paragraph and would otherwise add a full body-height one after a final
     * table, which can spill onto an empty page.
     */
    private P sectionEndParagraph() {
        if (!content.isEmpty() && content.get(content.size() - 1) instanceof P p
                && (p.getPPr() == null || p.getPPr().getSectPr() == null)) {
            if (p.getPPr() == null) {
                p.setPPr(Docx4jRuntime.wml().createPPr());
            }
            return p;
        }
        P p = thinParagraph();
        content.add(p);
        return p;
    }

    /**
     * An empty paragraph as thin as the profile's thinnest line, with no spacing. WordprocessingML
     * needs a paragraph to carry a section break after a table, to keep two tables apart (Word would
     * merge them) and to carry a page break before a table; this one does so without a visible blank
     * line, so a block that just fits its page does not push an empty line onto a page of its own.
     */
    private P thinParagraph() {
        P p = paragraphs.empty(Role.BODY);
        p.getPPr().setSpacing(ParagraphFormat.spacing(NONE, NONE, profile.ruleWidth()));
        p.getPPr().setInd(null);
        return p;
    }

    private void block(Block block, PageSection section) {
        Length width = profile.textWidth(section.orientation());
        switch (block) {
            case Block.HeaderBlock h -> table(headerBlock(h, width));
            case Block.TitleBlock t -> lines.write(t.lines(), width).forEach(this::paragraph);
            case Block.Paragraph p -> paragraph(paragraphs.paragraph(p.role(), p.content(),
                    ParagraphWriter.Emphasis.NONE, paragraphs.track().of(p)));
            case Block.ListBlock l -> {
                for (Block.ListItem item : l.items()) {
                    paragraph(listItem(item));
                }
            }
            case Block.TableBlock t -> table(tables.build(t.table(), width));
            case Block.SignatureBlock s -> signature(s, width);
            case Block.PageBreak b -> pendingPageBreak = true;
            case Block.Spacer s -> {
                for (int n = 0; n < s.lines(); n++) {
                    P line = spacerLine();
                    paragraphs.track().paragraphMark(line, paragraphs.track().of(s));
                    paragraph(line);
                }
            }
        }
    }

    private void paragraph(P p) {
        if (pendingPageBreak) {
            // Page break before the next paragraph, rather than a break character that would leave
            // an empty line at the top of the new page.
            p.getPPr().setPageBreakBefore(Ooxml.on());
            pendingPageBreak = false;
        }
        content.add(p);
        lastParagraph = p;
    }

    private void table(Object tbl) {
        if (content.size() == sectionStart && !pendingPageBreak) {
            // LibreOffice sets a table that opens a section a full line lower, as if an empty paragraph
            // stood before it; a thin paragraph there keeps the table at the top in every application.
            content.add(thinParagraph());
        }
        if (pendingPageBreak) {
            P p = thinParagraph();
            p.getPPr().setPageBreakBefore(Ooxml.on());
            content.add(p);
            pendingPageBreak = false;
        } else if (!content.isEmpty() && content.get(content.size() - 1) instanceof Tbl) {
            content.add(thinParagraph());
        }
        content.add(tbl);
        lastParagraph = null;
    }

    /** "- text": the marker is literal text (not Word numbering), as in the PDF; deeper levels indent. */
    private P listItem(Block.ListItem item) {
        List<Inline> content = new ArrayList<>();
        content.add(Inline.Span.plain(item.marker() + " "));
        content.addAll(item.content());
        P p = paragraphs.paragraph(Role.LIST_ITEM, content, ParagraphWriter.Emphasis.NONE, paragraphs.track().of(item));
        if (item.level() > 1) {
            PPrBase.Ind ind = Docx4jRuntime.wml().createPPrBaseInd();
            ind.setLeft(Ooxml.twips(profile.listIndent().times(item.level() - 1)));
            ind.setFirstLine(Ooxml.twips(profile.style(Role.LIST_ITEM).firstLineIndent()));
            p.getPPr().setInd(ind);
        }
        return p;
    }

    /** One empty body line: the body's line height, none of its paragraph spacing. */
    private P spacerLine() {
        P p = paragraphs.empty(Role.BODY);
        p.getPPr().setSpacing(ParagraphFormat.spacing(NONE, NONE, profile.style(Role.BODY).lineHeight()));
        return p;
    }

    /**
     * The header block: names beside Quốc hiệu and Tiêu ngữ in the first row; Số and the place and
     * date in a second row, so they stand level with each other as ND30 places them.
     */
    private Object headerBlock(Block.HeaderBlock h, Length textWidth) {
        Length left = textWidth.times(profile.headerLeftShare());
        Length right = textWidth.minus(left);
        List<TwoColumnTableBuilder.Row> rows = new ArrayList<>();
        rows.add(new TwoColumnTableBuilder.Row(lines.write(h.left(), left), lines.write(h.right(), right)));
        if (!h.leftBelow().isEmpty() || !h.rightBelow().isEmpty()) {
            rows.add(new TwoColumnTableBuilder.Row(lines.write(h.leftBelow(), left), lines.write(h.rightBelow(), right)));
        }
        return new TwoColumnTableBuilder(left, right).build(rows);
    }

    /**
     * Nơi nhận left, signer right with the signature space before the name. Every paragraph keeps
     * with the next and the row cannot split, so the block moves to the next page with the body's
     * last paragraph instead of standing alone.
     */
    private void signature(Block.SignatureBlock s, Length textWidth) {
        Length left = textWidth.times(profile.headerLeftShare());
        Length right = textWidth.minus(left);
        if (lastParagraph != null) {
            lastParagraph.getPPr().setKeepNext(Ooxml.on());
        }
        // Either column may hold a signer (Biên bản: THƯ KÝ left, CHỦ TRÌ right); the name gets the signature space.
        List<P> leftPs = signerColumn(s.left(), left);
        List<P> rightPs = signerColumn(s.right(), right);
        leftPs.forEach(BodyWriter::keepNext);
        rightPs.forEach(BodyWriter::keepNext);
        table(new TwoColumnTableBuilder(left, right).build(List.of(new TwoColumnTableBuilder.Row(leftPs, rightPs))));
    }

    private List<P> signerColumn(List<Line> column, Length width) {
        if (column.stream().noneMatch(l -> l.role() == Role.SIGNER_NAME)) {
            return lines.write(column, width);
        }
        List<P> out = new ArrayList<>();
        boolean nameStarted = false;
        for (Line line : column) {
            List<P> ps = lines.write(List.of(line), width);
            if (line.role() == Role.SIGNER_NAME && !nameStarted) {
                nameStarted = true;
                TextStyle name = profile.style(Role.SIGNER_NAME);
                ps.get(0).getPPr().setSpacing(ParagraphFormat.spacing(
                        name.spaceBefore().plus(profile.signatureSpace()), name.spaceAfter(), name.lineHeight()));
            }
            out.addAll(ps);
        }
        return out;
    }

    private static void keepNext(P p) {
        PPr ppr = p.getPPr();
        ppr.setKeepNext(Ooxml.on());
    }
}
