package vn.vanban.write.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.Body;
import org.docx4j.wml.Document;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Text;
import org.junit.jupiter.api.Test;

/**
 * {@link BufferedMainDocumentPart} marshals {@code document.xml} without docx4j's byte-at-a-time filter;
 * it must give exactly the bytes docx4j's own {@link MainDocumentPart} gives.
 */
class BufferedMainDocumentPartTest {

    @Test
    void sameBytesAsDocx4jsMainDocumentPart() throws Exception {
        ObjectFactory f = Docx4jRuntime.wml();
        byte[] plain = marshal(new MainDocumentPart(), document(f));
        byte[] buffered = marshal(new BufferedMainDocumentPart(), document(f));
        assertTrue(new String(plain, StandardCharsets.UTF_8).contains("Chăm sóc, giáo dục trẻ em"));
        assertTrue(plain.length > 100_000, "large enough to cross every buffer size");
        assertArrayEquals(plain, buffered);
    }

    private static byte[] marshal(MainDocumentPart part, Document doc) throws Exception {
        WordprocessingMLPackage pkg = new WordprocessingMLPackage();
        pkg.addTargetPart(part);
        part.setJaxbElement(doc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.marshal(out);
        return out.toByteArray();
    }

    private static Document document(ObjectFactory f) {
        Document doc = f.createDocument();
        Body body = f.createBody();
        doc.setBody(body);
        for (int i = 0; i < 2000; i++) {
            P p = f.createP();
            R r = f.createR();
            Text t = f.createText();
            t.setValue(i + ". Chăm sóc, giáo dục trẻ em & <bảo vệ> \"trẻ\" ");
            t.setSpace("preserve");
            r.getContent().add(f.createRT(t));
            p.getContent().add(r);
            body.getContent().add(p);
        }
        return doc;
    }
}
