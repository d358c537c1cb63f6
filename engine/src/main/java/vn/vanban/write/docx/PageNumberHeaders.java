package vn.vanban.write.docx;

import java.util.List;

import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.FldChar;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.STFldCharType;
import org.docx4j.wml.Text;

import vn.vanban.layout.Role;

/**
 * The two header parts of a document: one with the centred page number (a PAGE field, so Word
 * keeps counting as the clerk edits) and an empty one for page 1, where ND30 prints no number.
 *
 * @param numberedId relationship id of the header with the page number
 * @param blankId    relationship id of the empty first-page header
 * @param parts      the two parts, the same in every document
 */
record PageNumberHeaders(String numberedId, String blankId, List<HeaderPart> parts) {

    static PageNumberHeaders addTo(MainDocumentPart main, ParagraphWriter paragraphs) {
        try {
            HeaderPart blank = new HeaderPart(new PartName("/word/header1.xml"));
            blank.setJaxbElement(header(paragraphs.empty(Role.PAGE_NUMBER)));
            HeaderPart numbered = new HeaderPart(new PartName("/word/header2.xml"));
            numbered.setJaxbElement(header(pageNumber(paragraphs)));
            String blankId = main.addTargetPart(blank).getId();
            String numberedId = main.addTargetPart(numbered).getId();
            return new PageNumberHeaders(numberedId, blankId, List.of(blank, numbered));
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("cannot add header parts", e);
        }
    }

    private static Hdr header(P p) {
        Hdr hdr = Docx4jRuntime.wml().createHdr();
        hdr.getContent().add(p);
        return hdr;
    }

    private static P pageNumber(ParagraphWriter paragraphs) {
        ObjectFactory f = Docx4jRuntime.wml();
        P p = paragraphs.empty(Role.PAGE_NUMBER);
        p.getContent().add(fieldChar(STFldCharType.BEGIN));
        R instr = f.createR();
        Text t = f.createText();
        t.setValue(" PAGE ");
        t.setSpace("preserve");
        instr.getContent().add(f.createRInstrText(t));
        p.getContent().add(instr);
        p.getContent().add(fieldChar(STFldCharType.SEPARATE));
        p.getContent().add(fieldChar(STFldCharType.END));
        return p;
    }

    private static R fieldChar(STFldCharType type) {
        ObjectFactory f = Docx4jRuntime.wml();
        R r = f.createR();
        FldChar c = f.createFldChar();
        c.setFldCharType(type);
        r.getContent().add(f.createRFldChar(c));
        return r;
    }
}
