package vn.vanban.write.docx;

import java.math.BigInteger;

import org.docx4j.wml.CTFootnotes;
import org.docx4j.wml.CTFtnEdn;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.STFtnEdn;

/**
 * The footnotes of one document, numbered 1, 2, ... in order of appearance. Word and LibreOffice
 * number the marks themselves; the ids only link reference and note. Separator notes -1 and 0 are
 * the ones Word writes and settings.xml points to.
 */
final class Footnotes {
    static final BigInteger SEPARATOR_ID = BigInteger.valueOf(-1);
    static final BigInteger CONTINUATION_ID = BigInteger.ZERO;

    private final CTFootnotes notes;
    private int count;

    Footnotes() {
        ObjectFactory f = Docx4jRuntime.wml();
        notes = f.createCTFootnotes();
        notes.getFootnote().add(separator(SEPARATOR_ID, STFtnEdn.SEPARATOR, f.createRSeparator(f.createRSeparator())));
        notes.getFootnote().add(separator(CONTINUATION_ID, STFtnEdn.CONTINUATION_SEPARATOR,
                f.createRContinuationSeparator(f.createRContinuationSeparator())));
    }

    private static CTFtnEdn separator(BigInteger id, STFtnEdn type, Object mark) {
        ObjectFactory f = Docx4jRuntime.wml();
        CTFtnEdn n = f.createCTFtnEdn();
        n.setId(id);
        n.setType(type);
        P p = f.createP();
        R r = f.createR();
        r.getContent().add(mark);
        p.getContent().add(r);
        n.getContent().add(p);
        return n;
    }

    /** Adds a note made of {@code paragraph} and returns the id its reference must carry. */
    BigInteger add(P paragraph) {
        count++;
        CTFtnEdn n = Docx4jRuntime.wml().createCTFtnEdn();
        n.setId(BigInteger.valueOf(count));
        n.getContent().add(paragraph);
        notes.getFootnote().add(n);
        return n.getId();
    }

    boolean isEmpty() {
        return count == 0;
    }

    CTFootnotes content() {
        return notes;
    }
}
