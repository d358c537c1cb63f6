package vn.vanban.write.docx;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentMap;

import org.docx4j.openpackaging.contenttype.ContentTypeManager;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.io3.stores.PartStore;
import org.docx4j.openpackaging.parts.CustomXmlDataStoragePart;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.XmlPart;

/**
 * Where docx4j's {@code Save} puts a package's parts: each part's XML, root attributes sorted
 * ({@link RootAttributeSorter}), kept by entry name for {@link ZipNormaliser#write}. docx4j's own
 * {@code ZipPartStore} compresses every part into a zip that {@link ZipNormaliser} then had to inflate
 * and compress again; this skips that round trip. The part bytes are what {@code ZipPartStore} writes
 * (entry names as it forms them: {@code _rels/.rels} as is, others without their leading slash).
 *
 * <p>Parts that are the same in every document (the style sheet, say) may be given a key in
 * {@code constant}: their bytes are then marshalled once and taken from {@code cache} afterwards.
 * Only the part kinds vanban writes are supported; anything else is a programming error.
 */
final class PartCollector implements PartStore {
    private final Map<String, byte[]> entries = new TreeMap<>(ZipNormaliser.ENTRY_ORDER);
    private final Map<Part, String> constant;
    private final ConcurrentMap<String, byte[]> cache;

    PartCollector(Map<Part, String> constant, ConcurrentMap<String, byte[]> cache) {
        this.constant = constant;
        this.cache = cache;
    }

    /** Every part saved, by entry name, in the order the zip gets them. */
    Map<String, byte[]> entries() {
        return entries;
    }

    @Override
    public void setOutputStream(OutputStream os) {
        // Nothing is streamed: the entries are written by ZipNormaliser.
    }

    @Override
    public void saveContentTypes(ContentTypeManager ctm) throws Docx4JException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
            ctm.marshal(out);
            entries.put("[Content_Types].xml", RootAttributeSorter.sort(out.toByteArray()));
        } catch (Exception e) {
            throw new Docx4JException("Error marshalling Content_Types ", e);
        }
    }

    @Override
    public void saveJaxbXmlPart(JaxbXmlPart part) throws Docx4JException {
        String name = part.getPartName().getName();
        String entry = name.equals("_rels/.rels") ? name : name.substring(1);
        String key = constant.get(part);
        byte[] bytes = key == null ? null : cache.get(key);
        if (bytes == null) {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
                part.marshal(out);
                bytes = RootAttributeSorter.appliesTo(entry) ? RootAttributeSorter.sort(out.toByteArray())
                        : out.toByteArray();
            } catch (Exception e) {
                throw new Docx4JException("Error marshalling JaxbXmlPart " + part.getPartName(), e);
            }
            if (key != null) {
                cache.putIfAbsent(key, bytes);
            }
        }
        entries.put(entry, bytes);
    }

    @Override
    public void finishSave() {
        // The zip is written by ZipNormaliser from entries().
    }

    // --- not used by vanban's packages -------------------------------------------------------------

    @Override
    public void saveCustomXmlDataStoragePart(CustomXmlDataStoragePart part) {
        throw new UnsupportedOperationException("custom XML part " + part.getPartName());
    }

    @Override
    public void saveXmlPart(XmlPart part) {
        throw new UnsupportedOperationException("XML part " + part.getPartName());
    }

    @Override
    public void saveBinaryPart(Part part) {
        throw new UnsupportedOperationException("binary part " + part.getPartName());
    }

    @Override
    public InputStream loadPart(String partName) {
        return null;
    }

    @Override
    public void rename(PartName oldName, PartName newName) {
        throw new UnsupportedOperationException("rename");
    }

    @Override
    public long getPartSize(String partName) {
        return -1;
    }

    @Override
    public void setSourcePartStore(PartStore partStore) {
        // A new package has no source.
    }

    @Override
    public void dispose() {
    }
}
