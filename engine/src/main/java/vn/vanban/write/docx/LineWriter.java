package vn.vanban.write.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;

import vn.vanban.layout.Line;
import vn.vanban.layout.Role;
import vn.vanban.layout.Revisions;
import vn.vanban.layout.text.RunStyle;
import vn.vanban.layout.text.TextMetrics;
import vn.vanban.profile.Length;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.profile.TextStyle;

/**
 * Writes the centred lines of header, title and signature blocks, each in its role's style, and the
 * ND30 rules under them. A rule is an empty paragraph whose bottom border is the line: its indents
 * make the border exactly the rule's length, centred in the column, and its exact height is just the
 * rule's thickness, so it adds no visible blank line. A clerk can still select and move it.
 */
final class LineWriter {
    private static final Length NONE = Length.pt(0);

    private final Nd30Profile profile;
    private final TextMetrics metrics;
    private final ParagraphWriter paragraphs;

    LineWriter(Nd30Profile profile, TextMetrics metrics, ParagraphWriter paragraphs) {
        this.profile = profile;
        this.metrics = metrics;
        this.paragraphs = paragraphs;
    }

    /** The lines' paragraphs, each followed by its rule if it has one. */
    List<P> write(List<Line> lines, Length columnWidth) {
        List<P> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Revisions.Change change = paragraphs.track().of(line);
            out.add(paragraphs.paragraph(line.role(), line.content(), ParagraphWriter.Emphasis.NONE, change));
            if (line.rule() != Line.Rule.NONE) {
                double textWidth = longestOfRun(lines, i, columnWidth);
                double length = line.rule() == Line.Rule.PART ? textWidth * profile.partRuleShare() : textWidth;
                TextStyle style = profile.style(line.role());
                // The rule clears the ink of the line above (its descent) by the profile's clearance; under
                // the trích yếu it also ends the title block, with the space before the body.
                P rule = rule(length, columnWidth, profile.ruleDrop(style, metrics.descent(style.bold(), style.italic())),
                        line.role() == Role.SUBJECT ? profile.titleSpaceAfter() : NONE);
                if (profile.style(line.role()).keepWithNext()) {
                    // The rule belongs to its line: a title kept with the body keeps its rule too.
                    rule.getPPr().setKeepNext(Ooxml.on());
                }
                paragraphs.track().paragraphMark(rule, change);
                out.add(rule);
            }
        }
        return out;
    }

    /**
     * The text a rule measures: the longest of the consecutive lines of the same role ending here, so
     * a trích yếu over two lines gets a rule from its longer line. Each line is broken as the PDF sets it
     * (a line wider than the column wraps; the rule then follows the longest wrapped line).
     */
    private double longestOfRun(List<Line> lines, int end, Length columnWidth) {
        double longest = 0;
        for (int i = end; i >= 0 && lines.get(i).role() == lines.get(end).role(); i--) {
            Line l = lines.get(i);
            TextStyle st = profile.style(l.role());
            longest = Math.max(longest, metrics.longestLine(l.content(),
                    RunStyle.of(st.bold(), st.italic(), st.size().points()), columnWidth.points()));
        }
        return longest;
    }

    /**
     * An empty paragraph {@code drop} high whose bottom border is the rule: LibreOffice and Word draw the
     * border below the paragraph's line, so the rule's top lies {@code drop} below the line above.
     */
    P rule(double lengthPt, Length columnWidth, Length drop, Length spaceAfter) {
        ObjectFactory f = Docx4jRuntime.wml();
        P p = f.createP();
        PPr ppr = f.createPPr();
        ppr.setWidowControl(Ooxml.off());
        ppr.setSpacing(ParagraphFormat.spacing(NONE, spaceAfter, drop));
        Length side = columnWidth.minus(Length.pt(lengthPt)).times(0.5);
        PPrBase.Ind ind = f.createPPrBaseInd();
        ind.setLeft(Ooxml.twips(side));
        ind.setRight(Ooxml.twips(side));
        ind.setFirstLine(BigInteger.ZERO);
        ppr.setInd(ind);
        PPrBase.PBdr border = f.createPPrBasePBdr();
        border.setBottom(Ooxml.solid(profile.ruleWidth()));
        ppr.setPBdr(border);
        p.setPPr(ppr);
        return p;
    }
}
