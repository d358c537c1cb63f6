package vn.vanban.write.docx;

import java.io.OutputStream;
import java.util.Arrays;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

import org.docx4j.Docx4jProperties;
import org.docx4j.jaxb.McIgnorableNamespaceDeclarator;
import org.docx4j.jaxb.NamespacePrefixMapperUtils;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;

/**
 * The main document part, marshalled into a plain buffer. For {@code document.xml} docx4j 11.5's
 * {@code JaxbXmlPart.marshal} puts a {@code MainDocumentPartFilterOutputStream} (there to add a version
 * comment, which vanban suppresses) in front of a {@code BufferedOutputStream}; the filter forwards the
 * part one byte at a time, each byte taking the stream's lock: on a 39-page plan a third of all DOCX time
 * (JFR). This does what that method does on its default path (no canonicalisation, no
 * XMLStreamWriter, version comment suppressed), minus the filter; any other configuration goes to
 * docx4j's own code. The bytes are the same (checked on every sample and on generated variants).
 */
final class BufferedMainDocumentPart extends MainDocumentPart {
    private static final int INITIAL = 256 * 1024;

    BufferedMainDocumentPart() throws InvalidFormatException {
        super();
    }

    @Override
    public void marshal(OutputStream os, Object namespacePrefixMapper) throws JAXBException {
        if (!Docx4jProperties.getProperty("docx4j.jaxb.marshal.suppressVersionComment", false)
                || Docx4jProperties.getProperty("docx4j.jaxb.marshal.canonicalize", false)
                || Docx4jProperties.getProperty(
                        "docx4j.openpackaging.parts.JaxbXmlPart.MarshalToOutputStreamViaXMLStreamWriter", false)
                || !(namespacePrefixMapper instanceof McIgnorableNamespaceDeclarator)) {
            super.marshal(os, namespacePrefixMapper);
            return;
        }
        try {
            Marshaller m = jc.createMarshaller();
            if (Docx4jProperties.getProperty("docx4j.jaxb.formatted.output", true)) {
                m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.TRUE);
            }
            NamespacePrefixMapperUtils.setProperty(m, namespacePrefixMapper);
            getContents();
            McIgnorableNamespaceDeclarator declarator = (McIgnorableNamespaceDeclarator) namespacePrefixMapper;
            setMceIgnorable(declarator);
            String ignorable = getMceIgnorable() == null ? "" : getMceIgnorable();
            declarator.setMcIgnorable(ignorable + getMcChoiceNamespaces());
            Buffer buffer = new Buffer();
            m.marshal(jaxbElement, buffer);
            os.write(buffer.bytes, 0, buffer.size);
            os.flush();
            declarator.setMcIgnorable(null);
        } catch (Docx4JException e) {
            throw new JAXBException(e);
        } catch (Exception e) {
            throw new JAXBException(e);
        }
    }

    /** A growable byte array without the locks of {@link java.io.ByteArrayOutputStream}. */
    private static final class Buffer extends OutputStream {
        private byte[] bytes = new byte[INITIAL];
        private int size;

        @Override
        public void write(int b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (size + len > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + len));
            }
            System.arraycopy(b, off, bytes, size, len);
            size += len;
        }
    }
}
