package vn.vanban.write.pdf;

import vn.vanban.layout.PageSection.Orientation;
import vn.vanban.profile.Length;
import vn.vanban.profile.Nd30Profile;

/**
 * Profile lengths as the DOCX carries them. The DOCX writer stores every length in whole twips and
 * LibreOffice lays pages out in twips, so rounding here first keeps line and page breaks identical
 * where a sum of lengths lands within a fraction of a twip of a limit.
 */
final class Units {
    private Units() {
    }

    static double pt(Length length) {
        return Length.fromTwips(length.toTwips()).points();
    }

    /** A computed width (a column's share of the text) rounded to whole twips as the DOCX stores it. */
    static double snap(double points) {
        return pt(Length.pt(points));
    }

    /** Text width as LibreOffice derives it: page width less both margins, each already in twips. */
    static double textWidth(Nd30Profile profile, Orientation o) {
        Nd30Profile.Margins m = profile.margins(o);
        return pt(profile.pageWidth(o)) - pt(m.left()) - pt(m.right());
    }
}
