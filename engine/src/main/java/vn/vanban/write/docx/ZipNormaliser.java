package vn.vanban.write.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a saved package so equal documents give equal bytes: entries in a fixed order
 * ({@code [Content_Types].xml} first, as OPC readers prefer, then the package relationships, then
 * by name), one fixed timestamp, fixed compression, no extra fields or comments, and each XML
 * part's root attributes in a fixed order ({@link RootAttributeSorter}).
 */
final class ZipNormaliser {
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String PACKAGE_RELS = "_rels/.rels";

    /** Order: content types, package relationships, then every other entry by name. */
    static final Comparator<String> ENTRY_ORDER = Comparator
            .comparingInt((String name) -> name.equals(CONTENT_TYPES) ? 0 : name.equals(PACKAGE_RELS) ? 1 : 2)
            .thenComparing(Comparator.naturalOrder());

    private ZipNormaliser() {
    }

    /**
     * Writes entries already in {@link #ENTRY_ORDER} with their final bytes (root attributes sorted).
     *
     * @param timestamp local date-time written for every entry (see {@link #normalise})
     */
    static byte[] write(Map<String, byte[]> entries, LocalDateTime timestamp, int sizeHint) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(sizeHint);
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                out.setLevel(Deflater.DEFAULT_COMPRESSION);
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    ZipEntry entry = new ZipEntry(e.getKey());
                    entry.setTimeLocal(timestamp);
                    out.putNextEntry(entry);
                    out.write(e.getValue());
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param timestamp local date-time written for every entry; DOS time has no zone, so the value
     *                  is the same whatever the machine's time zone
     */
    static byte[] normalise(byte[] zip, LocalDateTime timestamp) {
        try {
            Map<String, byte[]> entries = new TreeMap<>(ENTRY_ORDER);
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    if (!e.isDirectory()) {
                        byte[] data = in.readAllBytes();
                        entries.put(e.getName(),
                                RootAttributeSorter.appliesTo(e.getName()) ? RootAttributeSorter.sort(data) : data);
                    }
                }
            }
            return write(entries, timestamp, zip.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
