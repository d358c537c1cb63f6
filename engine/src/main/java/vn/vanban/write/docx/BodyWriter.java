package vn.vanban.write.docx;

import java.util.ArrayList;
import java.util.List;

import org.docx4j.wml.Body;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.SectPr;

import vn.vanban.layout.Block;
import vn.vanban.layout.Inline;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.Line;
import vn.vanban.layout.PageSection;
import vn.vanban.layout.Role;
import vn.vanban.profile.Length;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.profile.TextStyle;
import vn.vanban.write.Arranged;
import vn.vanban.write.ArrangedSection;
import vn.vanban.write.CompatibilityPass;

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
    /** The last paragraph written, which a block kept with the next marks as such. */
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

    /** Writes the steps {@link CompatibilityPass} arranged; every Word/LibreOffice adjustment is decided there. */
    void write(LayoutDocument document, Body body) {
        List<ArrangedSection> all = CompatibilityPass.arrange(document);
        boolean firstWordSection = true;
        for (int i = 0; i < all.size(); i++) {
            ArrangedSection arranged = all.get(i);
            PageSection section = arranged.section();
            pendingPageBreak = !arranged.startsWordSection();
            for (Arranged item : arranged.items()) {
                switch (item) {
                    case Arranged.Placed p -> {
                        block(p.block(), section);
                        if (p.keepWithNext()) {
                            keepNext(lastParagraph);
                        }
                    }
                    case Arranged.Thin t -> paragraph(thinParagraph());
                    case Arranged.PageBreak b -> pendingPageBreak = true;
                    case Arranged.SpacerLine l -> {
                        P line = spacerLine();
                        paragraphs.track().paragraphMark(line, paragraphs.track().of(l.spacer()));
                        if (l.keepWithNext()) {
                            keepNext(line);
                        }
                        paragraph(line);
                    }
                }
            }
            // An empty section's page break is the section break's job.
            pendingPageBreak = false;
            if (!arranged.endsWordSection()) {
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
     * The paragraph that ends a section and carries its break: the section's last (after a table, the
     * pass's thin paragraph), or a thin one in an empty section. The document's last section needs it
     * too: Word always ends a document with a paragraph and would otherwise add a full body-height one
     * after a final table, which can spill onto an empty page.
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

    /** The pass's thin paragraph: empty, as thin as the profile's thinnest line, no spacing, no indent. */
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
            case Block.PageBreak b -> throw new IllegalStateException("arranged as Arranged.PageBreak");
            case Block.Spacer s -> throw new IllegalStateException("arranged as Arranged.SpacerLine");
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
        if (pendingPageBreak) {
            throw new IllegalStateException("a page break before a table goes on the pass's thin paragraph");
        }
        content.add(tbl);
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
