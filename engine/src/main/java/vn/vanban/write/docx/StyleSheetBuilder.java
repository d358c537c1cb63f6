package vn.vanban.write.docx;

import java.math.BigInteger;

import org.docx4j.wml.CTLanguage;
import org.docx4j.wml.CTVerticalAlignRun;
import org.docx4j.wml.DocDefaults;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STVerticalAlignRun;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;

import vn.vanban.layout.Role;
import vn.vanban.layout.Table.Align;
import vn.vanban.profile.Length;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.profile.TextStyle;

/**
 * Builds styles.xml: Normal, Heading 1-4 with outline levels, footnote styles and one style per
 * remaining role, all measured from the profile. Paragraphs then reference a style and carry direct
 * formatting only where the layout needs it, so a clerk edits the document through its styles.
 */
final class StyleSheetBuilder {
    /** Vietnamese text: spelling and hyphenation in Word follow the document's language. */
    private static final String LANGUAGE = "vi-VN";
    private static final Length NONE = Length.pt(0);

    private final Nd30Profile profile;

    StyleSheetBuilder(Nd30Profile profile) {
        this.profile = profile;
    }

    Styles build() {
        ObjectFactory f = Docx4jRuntime.wml();
        Styles styles = f.createStyles();
        styles.setDocDefaults(docDefaults());
        styles.getStyle().add(normal());
        styles.getStyle().add(defaultParagraphFont());
        for (Role role : Role.values()) {
            styles.getStyle().add(roleStyle(role));
        }
        styles.getStyle().add(footnoteReference());
        return styles;
    }

    private DocDefaults docDefaults() {
        ObjectFactory f = Docx4jRuntime.wml();
        DocDefaults d = f.createDocDefaults();
        DocDefaults.RPrDefault rd = f.createDocDefaultsRPrDefault();
        RPr r = f.createRPr();
        r.setRFonts(fonts());
        r.setColor(ParagraphFormat.black());
        TextStyle body = profile.style(Role.BODY);
        r.setSz(Ooxml.halfPoints(body.size()));
        r.setSzCs(Ooxml.halfPoints(body.size()));
        CTLanguage lang = f.createCTLanguage();
        lang.setVal(LANGUAGE);
        r.setLang(lang);
        rd.setRPr(r);
        d.setRPrDefault(rd);
        DocDefaults.PPrDefault pd = f.createDocDefaultsPPrDefault();
        PPr p = f.createPPr();
        p.setWidowControl(Ooxml.off());
        pd.setPPr(p);
        d.setPPrDefault(pd);
        return d;
    }

    private RFonts fonts() {
        RFonts fonts = Docx4jRuntime.wml().createRFonts();
        String family = profile.fontFamily();
        fonts.setAscii(family);
        fonts.setHAnsi(family);
        fonts.setCs(family);
        fonts.setEastAsia(family);
        return fonts;
    }

    /** Normal: the body font and size, single exact body lines, no indent or spacing. */
    private Style normal() {
        TextStyle body = profile.style(Role.BODY);
        TextStyle plain = new TextStyle(body.size(), false, false, Align.LEFT, NONE, NONE, NONE,
                body.lineHeight(), false);
        Style s = paragraphStyle(StyleIds.NORMAL, "Normal", plain);
        s.setDefault(true);
        s.getRPr().setRFonts(fonts());
        return s;
    }

    private Style defaultParagraphFont() {
        ObjectFactory f = Docx4jRuntime.wml();
        Style s = f.createStyle();
        s.setType("character");
        s.setDefault(true);
        s.setStyleId("DefaultParagraphFont");
        s.setName(name("Default Paragraph Font"));
        s.setSemiHidden(Ooxml.on());
        s.setUnhideWhenUsed(Ooxml.on());
        return s;
    }

    private Style roleStyle(Role role) {
        Style s = paragraphStyle(StyleIds.of(role), StyleIds.displayName(role), profile.style(role));
        ObjectFactory f = Docx4jRuntime.wml();
        Style.BasedOn based = f.createStyleBasedOn();
        based.setVal(StyleIds.NORMAL);
        s.setBasedOn(based);
        int level = role.headingLevel();
        if (level > 0) {
            // Outline levels 0..3 make the headings appear in Word's navigation pane.
            PPrBase.OutlineLvl outline = f.createPPrBaseOutlineLvl();
            outline.setVal(BigInteger.valueOf(level - 1));
            s.getPPr().setOutlineLvl(outline);
            s.setQFormat(Ooxml.on());
            // After a heading the clerk continues with body text.
            Style.Next next = f.createStyleNext();
            next.setVal(StyleIds.of(Role.BODY));
            s.setNext(next);
        }
        return s;
    }

    private Style paragraphStyle(String id, String name, TextStyle style) {
        Style s = Docx4jRuntime.wml().createStyle();
        s.setType("paragraph");
        s.setStyleId(id);
        s.setName(name(name));
        s.setPPr(ParagraphFormat.paragraph(style));
        s.setRPr(ParagraphFormat.run(style));
        return s;
    }

    private Style footnoteReference() {
        ObjectFactory f = Docx4jRuntime.wml();
        Style s = f.createStyle();
        s.setType("character");
        s.setStyleId(StyleIds.FOOTNOTE_REFERENCE);
        s.setName(name("footnote reference"));
        RPr r = f.createRPr();
        CTVerticalAlignRun va = f.createCTVerticalAlignRun();
        va.setVal(STVerticalAlignRun.SUPERSCRIPT);
        r.setVertAlign(va);
        s.setRPr(r);
        return s;
    }

    private static Style.Name name(String value) {
        Style.Name n = Docx4jRuntime.wml().createStyleName();
        n.setVal(value);
        return n;
    }
}
