package vn.vanban.render;

import java.nio.file.Path;
import java.util.List;

import vn.vanban.content.DocTypes;
import vn.vanban.data.DataStage;
import vn.vanban.data.ReportData;
import vn.vanban.content.Document;
import vn.vanban.content.DocumentReader;
import vn.vanban.diag.ContentException;
import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;
import vn.vanban.fonts.FontSet;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.markup.HeaderFit;
import vn.vanban.layout.markup.MarkupReader;
import vn.vanban.layout.markup.WidestWords;
import vn.vanban.load.YNode;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.load.YamlLoader;
import vn.vanban.template.TemplateProblem;
import vn.vanban.template.TemplateRenderer;
import vn.vanban.load.TemplateSource;

/**
 * The pipeline up to the layout model: YAML → content → template → markup → layout. Writers take
 * it from there. One engine serves many documents and threads.
 */
public final class Engine {
    private final YamlLoader loader = new YamlLoader();
    private final DocTypes types;
    private final DocumentReader reader;
    private final TemplateRenderer templates;

    private final java.util.function.Supplier<FontSet> fonts;
    private static final vn.vanban.profile.Nd30Profile PROFILE = vn.vanban.profile.Nd30Profile.defaults();

    /** An engine that also checks every character against the font the writers will use. */
    public Engine(TemplateSource source, java.util.function.Supplier<FontSet> fonts) {
        this.fonts = fonts;
        this.types = DocTypes.load(source);
        this.reader = new DocumentReader(types);
        this.templates = new TemplateRenderer(source);
    }

    public Engine(TemplateSource source) {
        this(source, FontSet::bundled);
    }

    public DocTypes types() {
        return types;
    }

    /** Everything known about one rendered document; warnings do not stop it. */
    public record Rendered(Document document, String markup, LayoutDocument layout, List<Diagnostic> warnings) {
    }

    /** A content file as read: its YAML tree (where things are) and its document (null if unusable). */
    public record Loaded(YNode root, Document document) {
    }

    /**
     * Reads a content file without stopping at content errors, which all go to {@code diags}, so a
     * checker can go on looking; a file that is not YAML at all still throws {@link ContentException}.
     */
    public Loaded load(Path file, Diagnostics diags) {
        return prepare(file, DataStage.Request.NONE, diags).loaded();
    }

    /** As {@link #load(Path, Diagnostics)}, for a report's period or unit ({@code check --ky 2024}). */
    public Loaded load(Path file, DataStage.Request request, Diagnostics diags) {
        return prepare(file, request, diags).loaded();
    }

    /**
     * A loaded file with the report data it was read with (null for a document without data), and the
     * table-cell measurements its checks took, which the layout stage asks again.
     */
    private record Prepared(Loaded loaded, ReportData data, WidestWords words) {
    }

    /**
     * As {@link #load(Path, DataStage.Request, Diagnostics)} for text not yet saved (the workbench's
     * editor): {@code file} still names where it lives, for messages and the data beside it.
     */
    public Loaded load(Path file, byte[] text, DataStage.Request request, Diagnostics diags) {
        return prepare(file, loader.parse(file, text, diags), request, diags).loaded();
    }

    private Prepared prepare(Path file, DataStage.Request request, Diagnostics diags) {
        return prepare(file, loader.load(file, diags), request, diags);
    }

    private Prepared prepare(Path file, YNode root, DataStage.Request request, Diagnostics diags) {
        DataStage.Prepared p = DataStage.prepare(file, root, request, diags);
        boolean wantsData = request.unit() != null || root instanceof YNode.YMap m && m.has("so-lieu");
        if (wantsData && p.data() == null && diags.hasErrors()) {
            // The period's figures could not be had: every {{figure}} would fail again, so say only why.
            throw new ContentException(diags.all());
        }
        Document doc = reader.read(file, p.root(), p.data(), diags);
        GlyphCheck.check(p.root(), fonts.get(), diags);
        WidestWords words = new WidestWords(fonts.get());
        if (doc != null) {
            TableWidthCheck.check(doc, words, Nd30Profile.defaults(), diags);
        }
        return new Prepared(new Loaded(p.root(), doc), p.data(), words);
    }

    /** Reads and checks a content file; throws {@link ContentException} with every error found. */
    public Document read(Path file, Diagnostics diags) {
        return usable(load(file, diags).document(), diags);
    }

    /** The document, unless reading it found an error: then every error found, as an exception. */
    private static Document usable(Document doc, Diagnostics diags) {
        if (diags.hasErrors() || doc == null) {
            throw new ContentException(diags.all());
        }
        return doc;
    }

    public Rendered render(Path file) {
        return render(file, DataStage.Request.NONE);
    }

    /** Renders a report for the period and unit asked for ({@code --ky}, {@code --don-vi}). */
    public Rendered render(Path file, DataStage.Request request) {
        return renderWithSources(file, request).rendered();
    }

    /**
     * A rendering with what it was made from: the YAML tree (where each value was typed) and the report
     * data (null for a document without figures), for comparing two versions of a document.
     */
    public record WithSources(Rendered rendered, YNode root, ReportData data) {
    }

    public WithSources renderWithSources(Path file, DataStage.Request request) {
        Diagnostics diags = new Diagnostics();
        return renderPrepared(file, prepare(file, request, diags), diags);
    }

    /** As {@link #renderWithSources(Path, DataStage.Request)} for text not yet saved, read as if it were {@code file}. */
    public WithSources renderWithSources(Path file, byte[] text, DataStage.Request request) {
        Diagnostics diags = new Diagnostics();
        return renderPrepared(file, prepare(file, loader.parse(file, text, diags), request, diags), diags);
    }

    /**
     * Renders text not yet saved as if it were {@code file} (the workbench's preview), in one pass:
     * {@code inspect} (a linter) sees what was read and may add to {@code diags} before the template
     * runs; any error in {@code diags} then stops it as a {@link ContentException}.
     */
    public Rendered render(Path file, byte[] text, DataStage.Request request, Diagnostics diags,
                           java.util.function.Consumer<Loaded> inspect) {
        Prepared prepared = prepare(file, loader.parse(file, text, diags), request, diags);
        inspect.accept(prepared.loaded());
        return renderPrepared(file, prepared, diags).rendered();
    }

    private WithSources renderPrepared(Path file, Prepared prepared, Diagnostics diags) {
        Document doc = usable(prepared.loaded().document(), diags);
        String markup;
        try {
            markup = templates.render(doc, prepared.data());
        } catch (TemplateProblem p) {
            throw new ContentException(Diagnostic.error(new Loc(Path.of(p.file()), Math.max(1, p.line()),
                    Math.max(1, p.col())), p.key(), p.detail(),
                    p.key().equals("template.missing") ? templates.source().describeDir() : file.toString()));
        }
        LayoutDocument layout;
        try {
            layout = new MarkupReader(PROFILE, prepared.words()).read(markup);
        } catch (MarkupReader.MarkupException e) {
            ContentException fromContent = controlCharacter(file, e);
            if (fromContent != null) {
                throw fromContent;
            }
            throw new ContentException(markupError(file, doc, prepared.data(), e));
        }
        warnOverflowingHeader(prepared.loaded().root(), layout, diags);
        return new WithSources(new Rendered(doc, markup, layout, diags.all()), prepared.loaded().root(),
                prepared.data());
    }

    /**
     * An issuing-body line too long for the header's column even at 12 pt wraps onto an extra line:
     * say so where the clerk wrote it ({@code co-quan-ban-hanh}, else the unit's {@code ten-co-quan}).
     */
    private void warnOverflowingHeader(YNode root, LayoutDocument layout, Diagnostics diags) {
        List<String> lines = new HeaderFit(PROFILE, fonts.get()).overflowing(layout);
        if (lines.isEmpty() || !(root instanceof YNode.YMap m)) {
            return;
        }
        YNode where = m.get("co-quan-ban-hanh") != null ? m.get("co-quan-ban-hanh") : m;
        for (String line : lines) {
            Loc loc = where.loc();
            if (where instanceof YNode.YSeq seq) {
                for (YNode item : seq.items()) {
                    if (item instanceof YNode.YScalar sc && line.equalsIgnoreCase(sc.value().strip())) {
                        loc = sc.loc();
                    }
                }
            }
            diags.warning(loc, "header.issuing-body.too-long", line);
        }
    }

    /**
     * A markup error located at the template line that printed the element at fault, with that line
     * quoted: the template is rendered again with every element marked with its place (only now, so a
     * normal rendering pays nothing) and read again to find the element.
     */
    private Diagnostic markupError(Path file, Document doc, ReportData data, MarkupReader.MarkupException e) {
        MarkupReader.MarkupException best = e;
        if (e.source() == null) {
            try {
                new MarkupReader(PROFILE, fonts.get()).read(templates.renderLocated(doc, data));
            } catch (MarkupReader.MarkupException located) {
                best = located.source() == null ? e : located;
            } catch (RuntimeException notLocated) {
                // Marking the template broke it (a tag inside an FTL expression): keep the plain message.
            }
        }
        TemplateRenderer.Place place = best.source() == null ? null : templates.place(best.source());
        if (place == null) {
            return Diagnostic.error(Loc.of(Path.of(templates.source().describe(doc.type().template()))),
                    "template.markup", e.getMessage(), file.toString());
        }
        return Diagnostic.error(new Loc(Path.of(place.file()), place.line(), place.col()), "template.markup.at",
                best.getMessage(), file.toString(), place.text());
    }

    private static final java.util.regex.Pattern INVALID_XML_CHAR =
            java.util.regex.Pattern.compile("invalid XML character \\(Unicode: 0x([0-9a-fA-F]+)\\)");

    /**
     * A character XML cannot hold reached the markup: the loader refuses those in YAML values, so it came
     * with the content's data (a cell of a spreadsheet, say), never from the template. Said against the
     * content file, at the character if it is there; null for any other markup problem.
     */
    private static ContentException controlCharacter(Path file, MarkupReader.MarkupException e) {
        java.util.regex.Matcher m = INVALID_XML_CHAR.matcher(String.valueOf(e.getMessage()));
        if (!m.find()) {
            return null;
        }
        int cp = Integer.parseInt(m.group(1), 16);
        Loc at;
        try {
            String text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
            at = YamlLoader.firstOccurrence(file, text, cp);
        } catch (java.io.IOException | RuntimeException x) {
            at = Loc.of(file);
        }
        return new ContentException(Diagnostic.error(at, "text.control.data",
                String.format(java.util.Locale.ROOT, "U+%04X", cp)));
    }
}
