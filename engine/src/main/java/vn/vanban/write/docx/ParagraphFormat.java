package vn.vanban.write.docx;

import java.math.BigInteger;

import org.docx4j.wml.Color;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.PPrBase.Spacing;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STLineSpacingRule;

import vn.vanban.profile.Length;
import vn.vanban.profile.TextStyle;

/**
 * Turns a {@link TextStyle} into paragraph and run properties. Used for the style sheet and, where a
 * paragraph needs a different value than its style, for direct formatting.
 */
final class ParagraphFormat {
    /** Text is black throughout (ND30), never a theme colour. */
    static final String BLACK = "000000";

    private ParagraphFormat() {
    }

    /** Full paragraph properties of a style: every metric explicit, nothing left to Word's defaults. */
    static PPr paragraph(TextStyle style) {
        ObjectFactory f = Docx4jRuntime.wml();
        PPr p = f.createPPr();
        if (style.keepWithNext()) {
            p.setKeepNext(Ooxml.on());
        }
        // The PDF writer has no widow/orphan control; both outputs must break pages alike.
        p.setWidowControl(Ooxml.off());
        p.setSpacing(spacing(style.spaceBefore(), style.spaceAfter(), style.lineHeight()));
        PPrBase.Ind ind = f.createPPrBaseInd();
        ind.setLeft(BigInteger.ZERO);
        ind.setRight(BigInteger.ZERO);
        ind.setFirstLine(Ooxml.twips(style.firstLineIndent()));
        p.setInd(ind);
        p.setContextualSpacing(Ooxml.off());
        p.setJc(Ooxml.jc(style.align()));
        return p;
    }

    /** Exact line height (pages break where the PDF writer breaks them), no auto spacing. */
    static Spacing spacing(Length before, Length after, Length lineHeight) {
        Spacing s = Docx4jRuntime.wml().createPPrBaseSpacing();
        s.setBefore(Ooxml.twips(before));
        s.setBeforeAutospacing(false);
        s.setAfter(Ooxml.twips(after));
        s.setAfterAutospacing(false);
        s.setLine(Ooxml.twips(lineHeight));
        s.setLineRule(STLineSpacingRule.EXACT);
        return s;
    }

    /** Run properties of a style: size, weight, slant, colour. */
    static RPr run(TextStyle style) {
        ObjectFactory f = Docx4jRuntime.wml();
        RPr r = f.createRPr();
        r.setB(style.bold() ? Ooxml.on() : Ooxml.off());
        r.setBCs(style.bold() ? Ooxml.on() : Ooxml.off());
        r.setI(style.italic() ? Ooxml.on() : Ooxml.off());
        r.setICs(style.italic() ? Ooxml.on() : Ooxml.off());
        r.setColor(black());
        r.setSz(Ooxml.halfPoints(style.size()));
        r.setSzCs(Ooxml.halfPoints(style.size()));
        return r;
    }

    static Color black() {
        Color c = Docx4jRuntime.wml().createColor();
        c.setVal(BLACK);
        return c;
    }
}
