package vn.vanban.compare;

import java.util.ArrayList;
import java.util.List;

import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FootnotesDocument;

/**
 * Validates WordprocessingML parts against the ECMA-376 schemas compiled into POI's full OOXML jar
 * ({@code poi-ooxml-full}, ahead of {@code poi-ooxml-lite} on the test class path).
 */
final class OoxmlSchema {
    private OoxmlSchema() {
    }

    /** Every schema error of {@code document.xml}, and of {@code footnotes.xml} when given. */
    static List<String> errors(String documentXml, String footnotesXml) {
        List<String> out = new ArrayList<>();
        try {
            out.addAll(validate(DocumentDocument.Factory.parse(documentXml)));
            if (footnotesXml != null) {
                out.addAll(validate(FootnotesDocument.Factory.parse(footnotesXml)));
            }
        } catch (XmlException e) {
            out.add("not well-formed: " + e.getMessage());
        }
        return out;
    }

    private static List<String> validate(XmlObject x) {
        List<XmlError> errors = new ArrayList<>();
        XmlOptions o = new XmlOptions();
        o.setErrorListener(errors);
        x.validate(o);
        return errors.stream().map(e -> e.getLine() + ":" + e.getColumn() + " " + e.getMessage()).toList();
    }
}
