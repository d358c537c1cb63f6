package vn.vanban.write.pdf;

import java.util.ArrayList;
import java.util.List;

import vn.vanban.layout.text.RunStyle;
import vn.vanban.layout.Block;
import vn.vanban.layout.Inline;
import vn.vanban.layout.Line;
import vn.vanban.layout.PageSection;
import vn.vanban.layout.Role;
import vn.vanban.profile.Length;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.profile.TextStyle;
import vn.vanban.write.Arranged;
import vn.vanban.write.CompatibilityPass;

/**
 * Turns a section's blocks into flow: every paragraph line, table row group and two-column block becomes
 * a strip carrying its spacing and keep rules, so that the paginator alone decides page breaks. The
 * steps are those {@link CompatibilityPass} arranged for the DOCX too (thin paragraphs, keep-with-next
 * before the signature, spacer lines, page breaks), so both are cut alike.
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
        for (Arranged step : CompatibilityPass.arrange(section)) {
            switch (step) {
                case Arranged.Placed p -> {
                    int from = items.size();
                    block(p.block(), left, width, profile.textWidth(section.orientation()), notes, items);
                    if (p.keepWithNext()) {
                        keepLastParagraph(items, from);
                    }
                }
                // The DOCX's thin paragraph, as thin as the profile's rule width.
                case Arranged.Thin t -> items.add(emptyLine(Units.pt(profile.ruleWidth()), false));
                case Arranged.PageBreak b -> items.add(new Flow.PageBreak());
                case Arranged.SpacerLine l ->
                        items.add(emptyLine(Units.pt(profile.style(Role.BODY).lineHeight()), l.keepWithNext()));
            }
        }
        return new Flow.Section(section.orientation(), section.restartNumbering(), items);
    }

    /** {@code textWidth} is {@code width} as the DOCX states it (whole twips), which tables are laid out from. */
    private void block(Block block, double left, double width, Length textWidth, Footnotes notes,
                       List<Flow> items) {
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
            case Block.TableBlock t -> items.addAll(tables.layout(t.table(), left, textWidth, notes));
            case Block.SignatureBlock s -> items.add(columns.signature(s.left(), s.right(), left, width, notes));
            case Block.PageBreak b -> throw new IllegalStateException("arranged as Arranged.PageBreak");
            case Block.Spacer s -> throw new IllegalStateException("arranged as Arranged.SpacerLine");
        }
    }

    /**
     * Keep-with-next on a block's last paragraph, as the DOCX sets it: every strip of that paragraph, from
     * its first line, so that LibreOffice's rule (checked at the paragraph's first line) is the paginator's.
     */
    private static void keepLastParagraph(List<Flow> items, int from) {
        for (int j = items.size() - 1; j >= from && items.get(j) instanceof Flow.Strip prev; j--) {
            items.set(j, prev.keepingWithNext());
            if (!prev.continuation()) {
                break;
            }
        }
    }

    /** An empty line of the given height with no spacing: a spacer line or the pass's thin paragraph. */
    private static Flow.Strip emptyLine(double height, boolean keepWithNext) {
        return new Flow.Strip(height, 0, 0, keepWithNext, List.of(), List.of(), List.of());
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
                    shifted(line.marks(), left),
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
                        shifted(marks, left),
                        notes.take(sl.footnotes()), List.of(), k > 0));
            }
        }
        return strips;
    }

    /** The marks moved right by {@code dx}; a loop, as a stream per line cost 1 % of a render under C1. */
    private static List<Mark> shifted(List<Mark> marks, double dx) {
        List<Mark> out = new ArrayList<>(marks.size());
        for (int i = 0; i < marks.size(); i++) {
            out.add(marks.get(i).shifted(dx, 0));
        }
        return out;
    }
}
