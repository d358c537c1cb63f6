package vn.vanban.write.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import vn.vanban.fonts.FontSet;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.profile.Nd30Profile;

/**
 * {@link DocxWriter} collects the parts itself ({@link PartCollector}) and reuses the bytes of the parts
 * that are the same in every document; the result must be exactly what docx4j's own zip gave after
 * {@link ZipNormaliser}, for the first document of a writer and for the ones that reuse its parts.
 */
class PartCollectorTest {

    @Test
    void sameBytesAsDocx4jsZipNormalised() throws Exception {
        DocxWriter writer = new DocxWriter(Nd30Profile.defaults(), FontSet.bundled());
        LayoutDocument doc = SampleDocument.create();
        byte[] reference = writer.writeThroughDocx4jZip(doc);
        byte[] first = writer.write(doc);
        byte[] reused = writer.write(doc);
        assertArrayEquals(reference, first);
        assertArrayEquals(reference, reused, "constant parts taken from the writer's cache");
        assertArrayEquals(reference, new DocxWriter(Nd30Profile.defaults(), FontSet.bundled()).write(doc));

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                if (e.getName().equals("word/styles.xml")) {
                    assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("<w:style "));
                }
            }
        }
        assertEquals("[Content_Types].xml", names.get(0));
        assertEquals("_rels/.rels", names.get(1));
        assertTrue(names.containsAll(List.of("word/document.xml", "word/styles.xml", "word/settings.xml",
                "word/header1.xml", "word/header2.xml", "docProps/core.xml")), names.toString());
    }

    @Test
    void rootAttributesSortedOnBytesAsOnText() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!-- ghi chú --><!DOCTYPE x>"
                + "<w:document xmlns:w=\"urn:w\" mc:Ignorable=\"w14\" xmlns:a=\"urn:a\">"
                + "<w:t>Chăm sóc, giáo dục trẻ em &amp; ạ ệ ộ 😀</w:t></w:document>";
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!-- ghi chú --><!DOCTYPE x>"
                + "<w:document xmlns:a=\"urn:a\" xmlns:w=\"urn:w\" mc:Ignorable=\"w14\">"
                + "<w:t>Chăm sóc, giáo dục trẻ em &amp; ạ ệ ộ 😀</w:t></w:document>",
                new String(RootAttributeSorter.sort(xml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
        byte[] noRoot = "<?xml version=\"1.0\"?><!-- only".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(noRoot, RootAttributeSorter.sort(noRoot));
    }
}
