package vn.vanban.write.docx;

import java.time.LocalDate;

import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.docProps.core.dc.elements.SimpleLiteral;

import vn.vanban.layout.LayoutDocument;

/**
 * docProps/core.xml: the document's title, and its own date as created/modified (never the clock,
 * so output stays reproducible). An undated draft has no dates.
 */
final class CorePropertiesBuilder {
    private CorePropertiesBuilder() {
    }

    static CoreProperties build(LayoutDocument document) {
        CoreProperties core = new org.docx4j.docProps.core.ObjectFactory().createCoreProperties();
        org.docx4j.docProps.core.dc.elements.ObjectFactory dc = new org.docx4j.docProps.core.dc.elements.ObjectFactory();
        if (document.title() != null) {
            SimpleLiteral title = dc.createSimpleLiteral();
            title.getContent().add(document.title());
            core.setTitle(dc.createTitle(title));
        }
        LocalDate date = document.date();
        if (date != null) {
            core.setCreated(w3cdtf(date));
            core.setModified(w3cdtf(date));
        }
        return core;
    }

    private static SimpleLiteral w3cdtf(LocalDate date) {
        // The W3CDTF subclass makes JAXB write xsi:type="dcterms:W3CDTF", which Word requires on dates.
        SimpleLiteral s = new org.docx4j.docProps.core.dc.terms.ObjectFactory().createW3CDTF();
        s.getContent().add(date.atStartOfDay() + ":00Z");
        return s;
    }
}
