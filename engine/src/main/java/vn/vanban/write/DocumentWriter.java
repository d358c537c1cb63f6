package vn.vanban.write;

import vn.vanban.layout.LayoutDocument;

/**
 * Turns the layout model into the bytes of one output format. A writer reads its measurements from
 * the ND30 profile it was built with and knows nothing about YAML, plans or reports.
 * The same document must always give the same bytes (no clock, no random ids).
 */
public interface DocumentWriter {
    /** File extension without the dot: {@code docx}, {@code pdf}. */
    String extension();

    byte[] write(LayoutDocument document);

    /**
     * The document with tracked changes shown (a redline, {@code vanban so-sanh}); without revisions,
     * exactly {@link #write(LayoutDocument)}.
     */
    default byte[] write(LayoutDocument document, vn.vanban.layout.Revisions revisions) {
        if (revisions.isEmpty()) {
            return write(document);
        }
        throw new UnsupportedOperationException(extension() + " cannot show tracked changes");
    }

    /**
     * Does the writer's one-time set-up now (loading libraries, caches), so it can run on another
     * thread while the content is read; {@link #write} does it anyway when it has not been done.
     */
    default void prepare() {
    }
}
