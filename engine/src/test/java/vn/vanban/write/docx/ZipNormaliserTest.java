package vn.vanban.write.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import vn.vanban.fonts.FontSet;
import vn.vanban.profile.Nd30Profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZipNormaliserTest {
    private static final LocalDateTime TIME = LocalDateTime.of(2021, 6, 10, 0, 0);

    @Test
    void rootNamespaceOrderDoesNotChangeTheBytes() {
        String a = "<?xml version=\"1.0\"?><w:document xmlns:w=\"urn:w\" xmlns:r=\"urn:r\" mc:Ignorable=\"\"><w:body/></w:document>";
        String b = "<?xml version=\"1.0\"?><w:document mc:Ignorable=\"\" xmlns:r=\"urn:r\" xmlns:w=\"urn:w\"><w:body/></w:document>";
        byte[] sa = RootAttributeSorter.sort(a.getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(sa, RootAttributeSorter.sort(b.getBytes(StandardCharsets.UTF_8)));
        assertEquals("<?xml version=\"1.0\"?><w:document xmlns:r=\"urn:r\" xmlns:w=\"urn:w\" mc:Ignorable=\"\"><w:body/></w:document>",
                new String(sa, StandardCharsets.UTF_8));
        assertEquals("<a x=\"1\" y=\"2\"/>", new String(RootAttributeSorter.sort("<a y=\"2\" x=\"1\"/>".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
    }

    @Test
    void entriesAreOrderedAndTimestamped() throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(raw)) {
            for (String name : List.of("word/document.xml", "_rels/.rels", "[Content_Types].xml", "docProps/core.xml")) {
                out.putNextEntry(new ZipEntry(name));
                out.write("<x/>".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        byte[] normal = ZipNormaliser.normalise(raw.toByteArray(), TIME);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(normal))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertEquals(TIME, e.getTimeLocal());
            }
        }
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml"), names);
        assertArrayEquals(normal, ZipNormaliser.normalise(normal, TIME), "normalising is idempotent");
    }

    /** JAXB's namespace order varies between JVM runs; written parts must not show it. */
    @Test
    void writtenPartsHaveSortedRootAttributes() throws Exception {
        byte[] docx = new DocxWriter(Nd30Profile.defaults(), FontSet.bundled()).write(SampleDocument.create());
        Pattern root = Pattern.compile("<(?![?!])[^>]*>");
        Pattern attr = Pattern.compile("([\\w:.-]+)=\"");
        int checked = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Matcher m = root.matcher(xml);
                assertTrue(m.find(), e.getName());
                List<String> names = new ArrayList<>();
                Matcher a = attr.matcher(m.group());
                while (a.find()) {
                    names.add(a.group(1));
                }
                List<String> sorted = new ArrayList<>(names);
                sorted.sort(java.util.Comparator.comparingInt((String n) -> n.startsWith("xmlns") ? 0 : 1)
                        .thenComparing(java.util.Comparator.naturalOrder()));
                assertEquals(sorted, names, e.getName());
                checked++;
            }
        }
        assertTrue(checked >= 8);
    }
}
