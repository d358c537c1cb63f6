package vn.vanban.write.docx;

import java.math.BigInteger;

import org.docx4j.wml.CTPageNumber;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.STPageOrientation;
import org.docx4j.wml.SectPr;

import vn.vanban.layout.PageSection;
import vn.vanban.layout.PageSection.Orientation;
import vn.vanban.profile.Length;
import vn.vanban.profile.Nd30Profile;

/**
 * Section properties of one {@link PageSection}: A4 in its orientation, the profile's margins, the
 * page-number header. The first section hides the number on page 1 (titlePg with the blank header);
 * later sections number all their pages and continue the count unless told to restart.
 */
final class SectionBuilder {
    private final Nd30Profile profile;

    SectionBuilder(Nd30Profile profile) {
        this.profile = profile;
    }

    SectPr build(PageSection section, boolean first, PageNumberHeaders headers) {
        ObjectFactory f = Docx4jRuntime.wml();
        SectPr s = f.createSectPr();
        Orientation o = section.orientation();

        s.getEGHdrFtrReferences().add(headerRef(HdrFtrRef.DEFAULT, headers.numberedId()));
        if (first) {
            s.getEGHdrFtrReferences().add(headerRef(HdrFtrRef.FIRST, headers.blankId()));
        }

        SectPr.Type type = f.createSectPrType();
        type.setVal("nextPage");
        s.setType(type);

        SectPr.PgSz size = f.createSectPrPgSz();
        size.setW(Ooxml.twips(profile.pageWidth(o)));
        size.setH(Ooxml.twips(profile.pageHeight(o)));
        if (o == Orientation.LANDSCAPE) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        s.setPgSz(size);

        Nd30Profile.Margins m = profile.margins(o);
        SectPr.PgMar mar = f.createSectPrPgMar();
        mar.setTop(Ooxml.twips(m.top()));
        mar.setBottom(Ooxml.twips(m.bottom()));
        mar.setLeft(Ooxml.twips(m.left()));
        mar.setRight(Ooxml.twips(m.right()));
        mar.setHeader(Ooxml.twips(profile.headerDistance()));
        // There is no footer; its distance mirrors the header's so the attribute stays meaningful.
        mar.setFooter(Ooxml.twips(profile.headerDistance()));
        mar.setGutter(Ooxml.twips(Length.pt(0)));
        s.setPgMar(mar);

        if (section.restartNumbering()) {
            CTPageNumber pn = f.createCTPageNumber();
            pn.setStart(BigInteger.ONE);
            s.setPgNumType(pn);
        }
        if (first) {
            s.setTitlePg(Ooxml.on());
        }
        return s;
    }

    private static HeaderReference headerRef(HdrFtrRef type, String id) {
        HeaderReference r = Docx4jRuntime.wml().createHeaderReference();
        r.setType(type);
        r.setId(id);
        return r;
    }
}
