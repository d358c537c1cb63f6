package vn.vanban.write.pdf;

import java.util.ArrayList;
import java.util.List;

import vn.vanban.layout.text.RunStyle;
import vn.vanban.layout.Block;
import vn.vanban.layout.Inline;
import vn.vanban.layout.Line;
import vn.vanban.layout.PageSection;
import vn.vanban.layout.Role;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.profile.TextStyle;

/**
 * Turns a section's blocks into flow: every paragraph line, table row group and two-column block becomes
 * a strip carrying its spacing and keep rules, so that the paginator alone decides page breaks.
 */
final class BlockLayout {
    private final Nd30Profile profile;
    private final ParagraphSetter setter;
    private final ColumnsLayout columns;
    private final TableLayout tables;

    BlockLayout(Nd30Profile profile, ParagraphSetter setter) {
        this.profile = profile;
        this.setter = setter;
        this.columns = new ColumnsLayout(profile, setter);
        this.tables = new TableLayout(profile, setter);
    }

    Flow.Section layout(PageSection section, Footnotes notes) {
        Nd30Profile.Margins m = profile.margins(section.orientation());
        double left = Units.pt(m.left());
        double width = Units.textWidth(profile, section.orientation());
        notes.column(left, width);
        List<Flow> items = new ArrayList<>();
        boolean afterTable = true; // a section start counts: the DOCX has a thin paragraph there too
        for (Block block : section.blocks()) {
            boolean table = isTable(block);
            if (table && afterTable) {
                items.add(thinParagraph());
            }
            afterTable = table || block instanceof Block.PageBreak;
            switch (block) {
                case Block.HeaderBlock h -> items.add(columns.header(h, left, width, notes));
                case Block.TitleBlock t -> items.addAll(title(t.lines(), left, width, notes));
                case Block.Paragraph p ->
                        items.addAll(paragraph(p.content(), profile.style(p.role()), 0, left, width, notes));
                case Block.ListBlock l -> {
                    TextStyle style = profile.style(Role.LIST_ITEM);
                    for (Block.ListItem item : l.items()) {
                        List<Inline> content = new ArrayList<>();
                        content.add(Inline.Span.plain(item.marker() + " "));
                        content.addAll(item.content());
                        double indent = Units.pt(profile.listIndent()) * Math.max(0, item.level() - 1);
                        items.addAll(paragraph(content, style, indent, left, width, notes));
                    }
                }
                case Block.TableBlock t -> items.addAll(tables.layout(t.table(), left, width, notes));
                case Block.SignatureBlock s -> {
                    // The signature never stands alone: the paragraph before it is kept with it, as the DOCX
                    // does with keep-with-next on that paragraph.
                    for (int j = items.size() - 1; j >= 0 && items.get(j) instanceof Flow.Strip prev; j--) {
                        items.set(j, prev.keepingWithNext());
                        if (!prev.continuation()) {
                            break;
                        }
                    }
                    items.add(columns.signature(s.left(), s.right(), left, width, notes));
                }
                case Block.PageBreak b -> items.add(new Flow.PageBreak());
                case Block.Spacer s -> {
                    // One strip per empty line, as the DOCX writes one empty paragraph per line: keep-with-next
                    // before a spacer needs only its first line on the page.
                    for (int n = 0; n < s.lines(); n++) {
                        items.add(new Flow.Strip(Units.pt(profile.style(Role.BODY).lineHeight()), 0, 0, false,
                                List.of(), List.of(), List.of()));
                    }
                }
            }
        }
        if (!section.blocks().isEmpty() && isTable(section.blocks().get(section.blocks().size() - 1))) {
            items.add(thinParagraph());
        }
        return new Flow.Section(section.orientation(), section.restartNumbering(), items);
    }

    /** Blocks the DOCX writes as Word tables. */
    private static boolean isTable(Block b) {
        return b instanceof Block.HeaderBlock || b instanceof Block.TableBlock || b instanceof Block.SignatureBlock;
    }

    /**
     * The DOCX keeps tables apart from each other, from a section's start and end, and from a page break
     * with an empty paragraph as thin as the profile's rule width; the flow carries the same.
     */
    private Flow.Strip thinParagraph() {
        return new Flow.Strip(Units.pt(profile.ruleWidth()), 0, 0, false, List.of(), List.of(), List.of());
    }

    /** One strip per line; spacing on the first and last, keep-with-next on all of a heading's lines. */
    private List<Flow.Strip> paragraph(List<Inline> content, TextStyle style, double leftIndent, double left,
                                       double width, ParagraphSetter.Notes notes) {
        TextSetter.Frame frame = new TextSetter.Frame(width, leftIndent, Units.pt(style.firstLineIndent()),
                style.align(), Units.pt(style.lineHeight()),
                RunStyle.of(style.bold(), style.italic(), Units.pt(style.size())));
        List<TextSetter.SetLine> lines = setter.set(content, frame, notes);
        List<Flow.Strip> strips = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextSetter.SetLine line = lines.get(i);
            strips.add(new Flow.Strip(line.height(),
                    i == 0 ? Units.pt(style.spaceBefore()) : 0,
                    i == lines.size() - 1 ? Units.pt(style.spaceAfter()) : 0,
                    style.keepWithNext(),
                    line.marks().stream().map(mk -> mk.shifted(left, 0)).toList(),
                    notes.take(line.footnotes()), List.of(), i > 0));
        }
        return strips;
    }

    /**
     * Title lines, centred, each a paragraph in its role's style. The trích yếu's rule goes under its last
     * line and measures against its longest line.
     */
    private List<Flow.Strip> title(List<Line> lines, double left, double width, ParagraphSetter.Notes notes) {
        List<LineLayout> set = new ArrayList<>();
        double subjectWidth = 0;
        int lastSubject = -1;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            LineLayout l = LineLayout.of(setter, line, profile.style(line.role()), width, notes);
            set.add(l);
            if (line.role() == Role.SUBJECT) {
                subjectWidth = Math.max(subjectWidth, l.widestLine());
                lastSubject = i;
            }
        }
        Line.Rule subjectRule = lines.stream().filter(l -> l.role() == Role.SUBJECT).map(Line::rule)
                .filter(r -> r != Line.Rule.NONE).findFirst().orElse(Line.Rule.NONE);
        List<Flow.Strip> strips = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            TextStyle style = profile.style(line.role());
            LineLayout l = set.get(i);
            List<TextSetter.SetLine> setLines = l.setLines();
            for (int k = 0; k < setLines.size(); k++) {
                TextSetter.SetLine sl = setLines.get(k);
                List<Mark> marks = new ArrayList<>(sl.marks());
                boolean lastOfLine = k == setLines.size() - 1;
                LineLayout.Under under = null;
                if (lastOfLine && line.role() == Role.SUBJECT && i == lastSubject && subjectRule != Line.Rule.NONE) {
                    under = l.under(subjectRule, subjectWidth, profile, style, setter.descent(style));
                } else if (lastOfLine && line.role() != Role.SUBJECT && line.rule() != Line.Rule.NONE) {
                    under = l.under(line.rule(), l.widestLine(), profile, style, setter.descent(style));
                }
                if (under != null) {
                    marks.add(under.rule().shifted(0, sl.height()));
                }
                // The trích yếu's rule ends the title block: the space before the body follows it.
                double after = lastOfLine ? Units.pt(style.spaceAfter())
                        + (under != null && line.role() == Role.SUBJECT ? Units.pt(profile.titleSpaceAfter()) : 0) : 0;
                strips.add(new Flow.Strip(sl.height() + (under == null ? 0 : under.height()),
                        k == 0 ? Units.pt(style.spaceBefore()) : 0,
                        after,
                        style.keepWithNext(),
                        marks.stream().map(mk -> mk.shifted(left, 0)).toList(),
                        notes.take(sl.footnotes()), List.of(), k > 0));
            }
        }
        return strips;
    }
}
