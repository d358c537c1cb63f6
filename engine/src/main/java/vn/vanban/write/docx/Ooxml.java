package vn.vanban.write.docx;

import java.math.BigInteger;

import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.TblWidth;

import vn.vanban.layout.Table.Align;
import vn.vanban.profile.Length;

/** Small factories for WordprocessingML values, so the builders read as layout and not as JAXB. */
final class Ooxml {
    /** Border "none" needs a width attribute too; zero is the absence of a line, not a measurement. */
    private static final BigInteger NO_WIDTH = BigInteger.ZERO;

    private Ooxml() {
    }

    static BigInteger twips(Length l) {
        return BigInteger.valueOf(l.toTwips());
    }

    static BigInteger twips(long twips) {
        return BigInteger.valueOf(twips);
    }

    static HpsMeasure halfPoints(Length size) {
        HpsMeasure m = Docx4jRuntime.wml().createHpsMeasure();
        m.setVal(BigInteger.valueOf(size.toHalfPoints()));
        return m;
    }

    static BooleanDefaultTrue on() {
        return new BooleanDefaultTrue();
    }

    static BooleanDefaultTrue off() {
        BooleanDefaultTrue b = new BooleanDefaultTrue();
        b.setVal(false);
        return b;
    }

    static Jc jc(Align align) {
        Jc jc = Docx4jRuntime.wml().createJc();
        jc.setVal(switch (align) {
            case LEFT -> JcEnumeration.LEFT;
            case CENTER -> JcEnumeration.CENTER;
            case RIGHT -> JcEnumeration.RIGHT;
            case JUSTIFY -> JcEnumeration.BOTH;
        });
        return jc;
    }

    static TblWidth dxa(long twips) {
        TblWidth w = Docx4jRuntime.wml().createTblWidth();
        w.setType(TblWidth.TYPE_DXA);
        w.setW(BigInteger.valueOf(twips));
        return w;
    }

    static CTBorder solid(Length width) {
        CTBorder b = Docx4jRuntime.wml().createCTBorder();
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(width.toEighthPoints()));
        b.setSpace(BigInteger.ZERO);
        b.setColor("000000");
        return b;
    }

    static CTBorder none() {
        CTBorder b = Docx4jRuntime.wml().createCTBorder();
        b.setVal(STBorder.NONE);
        b.setSz(NO_WIDTH);
        b.setSpace(BigInteger.ZERO);
        b.setColor("auto");
        return b;
    }
}
