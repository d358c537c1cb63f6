package vn.vanban.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import vn.vanban.fonts.FontSet;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.write.DocumentWriter;

/**
 * The output formats the CLI offers. Adding a format means adding one writer here. Writers are
 * created on first use: a DOCX-only run never loads the PDF stack, and the reverse.
 */
public final class Formats {
    private final Nd30Profile profile;
    private final Supplier<FontSet> fonts;
    private volatile DocumentWriter docx;
    private volatile DocumentWriter pdf;

    public Formats(Nd30Profile profile, Supplier<FontSet> fonts) {
        this.profile = profile;
        this.fonts = fonts;
    }

    /** "all" expands to every document format; "markup" is the template's output, for template authors. */
    public static List<String> expand(String format) {
        return switch (format) {
            case "all" -> List.of("docx", "pdf");
            default -> List.of(format);
        };
    }

    public synchronized DocumentWriter writer(String format) {
        return switch (format) {
            case "markup" -> new MarkupEcho();
            default -> throw new IllegalArgumentException("no writer for " + format);
        };
    }

    /** Placeholder so the markup format flows through the same path; the CLI writes markup itself. */
    private static final class MarkupEcho implements DocumentWriter {
        @Override
        public String extension() {
            return "xml";
        }

        @Override
        public byte[] write(LayoutDocument document) {
            throw new UnsupportedOperationException();
        }
    }

    static List<String> names() {
        return new ArrayList<>(List.of("docx", "pdf", "markup"));
    }
}
