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
import vn.vanban.layout.markup.MarkupReader;
import vn.vanban.load.YNode;
import vn.vanban.load.YamlLoader;
import vn.vanban.template.TemplateProblem;
import vn.vanban.template.TemplateRenderer;
import vn.vanban.template.TemplateSource;

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

    /** A loaded file with the report data it was read with (null for a document without data). */
    private record Prepared(Loaded loaded, ReportData data) {
    }

    /**
     * As {@link #load(Path, DataStage.Request, Diagnostics)} for text not yet saved (the workbench's
     * editor): {@code file} still names where it lives, for messages and the data beside it.
     */
    public Loaded load(Path file, byte[] text, DataStage.Request request, Diagnostics diags) {
        return prepare(file, loader.parse(file, text), request, diags).loaded();
    }

    private Prepared prepare(Path file, DataStage.Request request, Diagnostics diags) {
        return prepare(file, loader.load(file), request, diags);
    }

    private Prepared prepare(Path file, YNode root, DataStage.Request request, Diagnostics diags) {
        DataStage.Prepared p = DataStage.prepare(file, root, request, diags);
        boolean wantsData = request.unit() != null || root instanceof YNode.YMap m && m.has("so-lieu");
        if (wantsData && p.data() == null && diags.hasErrors()) {
            // The period's figures could not be had: every {{figure}} would fail again, so say only why.
            throw new ContentException(diags.all());
        }
        Document doc = reader.read(file, p.root(), diags);
        GlyphCheck.check(p.root(), fonts.get(), diags);
        return new Prepared(new Loaded(p.root(), doc), p.data());
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
        Diagnostics diags = new Diagnostics();
        return render(file, prepare(file, request, diags), diags);
    }

    /**
     * Renders text not yet saved as if it were {@code file} (the workbench's preview), in one pass:
     * {@code inspect} (a linter) sees what was read and may add to {@code diags} before the template
     * runs; any error in {@code diags} then stops it as a {@link ContentException}.
     */
    public Rendered render(Path file, byte[] text, DataStage.Request request, Diagnostics diags,
                           java.util.function.Consumer<Loaded> inspect) {
        Prepared prepared = prepare(file, loader.parse(file, text), request, diags);
        inspect.accept(prepared.loaded());
        return render(file, prepared, diags);
    }

    private Rendered render(Path file, Prepared prepared, Diagnostics diags) {
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
            layout = new MarkupReader().read(markup);
        } catch (MarkupReader.MarkupException e) {
            throw new ContentException(Diagnostic.error(Loc.of(Path.of(templates.source().describe(doc.type().template()))),
                    "template.markup", e.getMessage(), file.toString()));
        }
        return new Rendered(doc, markup, layout, diags.all());
    }
}
