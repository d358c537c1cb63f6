package vn.vanban.render;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import vn.vanban.fonts.FontSet;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.write.DocumentWriter;
import vn.vanban.write.docx.DocxWriter;
import vn.vanban.write.pdf.PdfWriter;

/**
 * The output formats the CLI offers. Adding a format means adding one writer here. Writers are
 * created on first use: a DOCX-only run never loads the PDF stack, and the reverse.
 */
public final class Formats {
    private final Nd30Profile profile;
    private final Supplier<FontSet> fonts;
    private final Map<String, DocumentWriter> writers = new ConcurrentHashMap<>();

    public Formats(Nd30Profile profile, Supplier<FontSet> fonts) {
        this.profile = profile;
        this.fonts = fonts;
    }

    /**
     * "all" expands to every document format; "markup" is the template's output, for template authors;
     * "trang" the PDF's pages as text ({@code PageModel.dump()}), for checking page breaks.
     */
    public static List<String> expand(String format) {
        return switch (format) {
            case "all" -> List.of("docx", "pdf");
            default -> List.of(format);
        };
    }

    /**
     * Starts creating and preparing the writers of {@code format} on a daemon thread, so their one-time
     * set-up (docx4j's JAXB context, the fonts) overlaps with reading and laying out the content on the
     * caller's thread. {@link #writer} and {@link DocumentWriter#write} wait for it where they need it; a
     * failure here is left for them to report.
     */
    public void prepareInBackground(String format) {
        List<String> wanted = expand(format).stream().filter(f -> !f.equals("markup"))
                .map(f -> f.equals("trang") ? "pdf" : f).toList();
        if (wanted.isEmpty()) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                for (String f : wanted) {
                    writer(f).prepare();
                }
            } catch (RuntimeException | LinkageError e) {
                // reported by the thread that uses the writer
            }
        }, "vanban-prepare");
        t.setDaemon(true);
        t.start();
    }

    /** The writer of a document format, created once and shared by every thread. */
    public DocumentWriter writer(String format) {
        return writers.computeIfAbsent(format, f -> switch (f) {
            case "docx" -> new DocxWriter(profile, fonts.get());
            case "pdf" -> new PdfWriter(profile, fonts.get());
            default -> throw new IllegalArgumentException("no writer for " + f);
        });
    }
}
