package vn.vanban.write.docx;

import org.docx4j.Docx4jProperties;
import org.docx4j.jaxb.Context;
import org.docx4j.wml.ObjectFactory;

/**
 * The docx4j set-up, done once per JVM and only when the first DOCX is written: loading the JAXB
 * context costs about a second, so nothing here runs at class-loading time of the writer.
 */
final class Docx4jRuntime {
    private Docx4jRuntime() {
    }

    /** Initialisation-on-demand holder: the JVM guarantees it runs once, thread-safely. */
    private static final class Holder {
        static final ObjectFactory WML;

        static {
            // docx4j otherwise writes "Created by docx4j ... on <JVM and OS>" into document.xml,
            // which would make the bytes depend on the machine.
            Docx4jProperties.setProperty("docx4j.jaxb.marshal.suppressVersionComment", true);
            // No pretty-printing: smaller parts and no layout-significant whitespace questions.
            Docx4jProperties.setProperty("docx4j.jaxb.formatted.output", false);
            WML = Context.getWmlObjectFactory();
        }
    }

    /** The WordprocessingML object factory; stateless, so one instance serves every thread. */
    static ObjectFactory wml() {
        return Holder.WML;
    }
}
