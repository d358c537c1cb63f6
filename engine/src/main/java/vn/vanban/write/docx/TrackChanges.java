package vn.vanban.write.docx;

import java.math.BigInteger;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import org.docx4j.wml.CTRPrChange;
import org.docx4j.wml.CTTrackChange;
import org.docx4j.wml.DelText;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.ParaRPr;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.RunDel;
import org.docx4j.wml.RunIns;
import org.docx4j.wml.Text;
import org.docx4j.wml.TrPr;

import vn.vanban.layout.Revisions;

/**
 * Word's tracked changes for one document: runs wrapped in {@code w:ins}/{@code w:del}, paragraph marks
 * and table rows marked inserted or deleted, {@code w:rPrChange} for a bold/italic change. Every mark
 * gets the next id and the redline's one author and date. One instance per document.
 */
final class TrackChanges {
    static final TrackChanges NONE = new TrackChanges(Revisions.NONE);

    private final Revisions revisions;
    private final XMLGregorianCalendar date;
    private int nextId = 1;

    TrackChanges(Revisions revisions) {
        this.revisions = revisions;
        this.date = revisions.isEmpty() ? null : xmlDate(revisions.author());
    }

    /** The mark on a layout object, or null (always null without revisions). */
    Revisions.Change of(Object layoutObject) {
        return revisions.of(layoutObject);
    }

    /** The mark on {@code own}, else the one its container has. */
    Revisions.Change of(Object own, Revisions.Change inherited) {
        Revisions.Change c = revisions.of(own);
        return c != null ? c : inherited;
    }

    private <T extends CTTrackChange> T stamp(T t) {
        t.setId(BigInteger.valueOf(nextId++));
        t.setAuthor(revisions.author().name());
        t.setDate(date);
        return t;
    }

    /** A paragraph's own mark: inserted or deleted paragraph mark. */
    void paragraphMark(P p, Revisions.Change c) {
        if (c == null || c.kind() == Revisions.Kind.FORMATTED) {
            return;
        }
        ObjectFactory f = Docx4jRuntime.wml();
        ParaRPr rpr = p.getPPr().getRPr() != null ? p.getPPr().getRPr() : f.createParaRPr();
        if (c.kind() == Revisions.Kind.INSERTED) {
            rpr.setIns(stamp(f.createCTTrackChange()));
        } else {
            rpr.setDel(stamp(f.createCTTrackChange()));
        }
        p.getPPr().setRPr(rpr);
    }

    /** A table row inserted or deleted. */
    void row(TrPr trPr, Revisions.Change c) {
        if (c == null || c.kind() == Revisions.Kind.FORMATTED) {
            return;
        }
        ObjectFactory f = Docx4jRuntime.wml();
        if (c.kind() == Revisions.Kind.INSERTED) {
            trPr.setIns(stamp(f.createCTTrackChange()));
        } else {
            trPr.setDel(stamp(f.createCTTrackChange()));
        }
    }

    /**
     * A run as the change shows it: wrapped in {@code w:ins}, or in {@code w:del} with its text as deleted
     * text, or carrying the formatting it had before; the run itself when unchanged.
     */
    Object run(R r, Revisions.Change c, boolean styleBold, boolean styleItalic) {
        if (c == null) {
            return r;
        }
        ObjectFactory f = Docx4jRuntime.wml();
        switch (c.kind()) {
            case INSERTED -> {
                RunIns ins = stamp(f.createRunIns());
                ins.getCustomXmlOrSmartTagOrSdt().add(r);
                return ins;
            }
            case DELETED -> {
                for (int i = 0; i < r.getContent().size(); i++) {
                    if (r.getContent().get(i) instanceof jakarta.xml.bind.JAXBElement<?> e
                            && e.getValue() instanceof Text t) {
                        DelText d = f.createDelText();
                        d.setValue(t.getValue());
                        d.setSpace("preserve");
                        r.getContent().set(i, d); // DelText is its own w:delText element
                    }
                }
                RunDel del = stamp(f.createRunDel());
                del.getCustomXmlOrSmartTagOrSdt().add(r);
                return del;
            }
            case FORMATTED -> {
                RPr rpr = r.getRPr() != null ? r.getRPr() : f.createRPr();
                CTRPrChange change = stamp(f.createCTRPrChange());
                CTRPrChange.RPr old = f.createCTRPrChangeRPr();
                if (c.oldBold() && !styleBold) {
                    old.getEGRPrBase().add(f.createCTRPrChangeRPrB(Ooxml.on()));
                    old.getEGRPrBase().add(f.createCTRPrChangeRPrBCs(Ooxml.on()));
                }
                if (c.oldItalic() && !styleItalic) {
                    old.getEGRPrBase().add(f.createCTRPrChangeRPrI(Ooxml.on()));
                    old.getEGRPrBase().add(f.createCTRPrChangeRPrICs(Ooxml.on()));
                }
                change.setRPr(old);
                rpr.setRPrChange(change);
                r.setRPr(rpr);
                return r;
            }
        }
        return r;
    }

    private static XMLGregorianCalendar xmlDate(Revisions.Author author) {
        try {
            GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            cal.setTimeInMillis(author.date().toEpochMilli() / 1000 * 1000);
            XMLGregorianCalendar x = DatatypeFactory.newInstance().newXMLGregorianCalendar(cal);
            x.setMillisecond(javax.xml.datatype.DatatypeConstants.FIELD_UNDEFINED);
            return x;
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
