package vn.vanban.template;

import vn.vanban.load.TemplateSource;

import vn.vanban.format.VnFormat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import vn.vanban.content.Document;
import vn.vanban.content.RichText;

/**
 * Stage 3: a {@link Document} becomes layout markup through the FreeMarker template of its type.
 * Templates are XML-escaped by default, cannot reach Java ({@code ?new}, {@code ?api} off) and only
 * ever see the content as data: a clerk's {@code ${...}} is printed, not run.
 */
public final class TemplateRenderer {
    private final Configuration cfg;
    private final TemplateSource source;
    /** The same templates with every element marked with its place; made on the first markup error. */
    private volatile Configuration located;

    public TemplateRenderer(TemplateSource source) {
        this.source = source;
        this.cfg = configuration(new SourceLoader(source, false));
    }

    private static Configuration configuration(TemplateLoader loader) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(loader);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(XMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setLocale(java.util.Locale.forLanguageTag("vi"));
        cfg.setNumberFormat("computer");
        cfg.setObjectWrapper(new ContentWrapper());
        return cfg;
    }

    public TemplateSource source() {
        return source;
    }

    /** Renders the document's type template; a template problem becomes a {@link TemplateProblem}. */
    public String render(Document doc) {
        return render(doc, null);
    }

    /** As {@link #render(Document)}, with a report's data as {@code data} (null for none). */
    public String render(Document doc, Object data) {
        return render(cfg, doc, data);
    }

    /**
     * As {@link #render(Document, Object)}, every element carrying the template place that printed it
     * ({@code vb-src='nd30.ftlx:13:7'}): to locate an error the layout stage found in the markup.
     */
    public String renderLocated(Document doc, Object data) {
        Configuration c = located;
        if (c == null) {
            synchronized (this) {
                if (located == null) {
                    located = configuration(new SourceLoader(source, true));
                }
                c = located;
            }
        }
        return render(c, doc, data);
    }

    /**
     * A place {@code name:line:col} as {@link #renderLocated} marks it: the template file as a clerk
     * finds it, the line and column, and the line's text (stripped, shortened), or null if unreadable.
     */
    public Place place(String marked) {
        String[] p = marked.split(":");
        if (p.length != 3) {
            return null;
        }
        try {
            int line = Integer.parseInt(p[1]);
            int col = Integer.parseInt(p[2]);
            byte[] b = source.read(p[0]);
            if (b == null) {
                return null;
            }
            String[] lines = new String(b, StandardCharsets.UTF_8).split("\n", -1);
            String text = line >= 1 && line <= lines.length ? lines[line - 1].strip() : "";
            return new Place(source.describe(p[0]), line, col, text.length() > 120 ? text.substring(0, 117) + "..." : text);
        } catch (NumberFormatException | IOException e) {
            return null;
        }
    }

    /** A template file as messages name it, a line and column in it, and that line's text. */
    public record Place(String file, int line, int col, String text) {
    }

    private String render(Configuration cfg, Document doc, Object data) {
        String name = doc.type().template();
        try {
            Template t = cfg.getTemplate(name);
            Map<String, Object> model = new HashMap<>();
            model.put("doc", doc);
            model.put("vn", new VnFormat());
            if (data != null) {
                model.put("data", data);
            }
            StringWriter out = new StringWriter(16 * 1024);
            t.process(model, out);
            return out.toString();
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw new TemplateProblem(source.describe(name), 0, 0, "template.missing", e.getTemplateName());
        } catch (freemarker.core.ParseException e) {
            throw new TemplateProblem(source.describe(e.getTemplateName() == null ? name : e.getTemplateName()),
                    e.getLineNumber(), e.getColumnNumber(), "template.syntax", firstLine(e.getEditorMessage()));
        } catch (TemplateException e) {
            String tn = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            Integer line = e.getLineNumber();
            Integer col = e.getColumnNumber();
            throw new TemplateProblem(source.describe(tn), line == null ? 0 : line, col == null ? 0 : col,
                    "template.error", summary(e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            throw new TemplateProblem(source.describe(name), 0, 0, "template.unreadable", e.getMessage());
        }
    }

    /**
     * FreeMarker's explanation without its tips and stack: the first line alone often ends with a colon
     * ("...null or missing:") and the expression at fault is on the next one ("==> doc.x").
     */
    private static String summary(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String line : s.strip().split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("----") || l.startsWith("Tip:") || l.startsWith("FTL stack")) {
                break;
            }
            sb.append(sb.isEmpty() ? "" : " ").append(l.replaceAll("\\s*\\[in template .*\\]$", ""));
        }
        return sb.toString();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    /** Wraps clerk text as ready markup (escaped here, once), everything else as FreeMarker does. */
    private static final class ContentWrapper extends DefaultObjectWrapper {
        ContentWrapper() {
            super(Configuration.VERSION_2_3_34);
            setExposeFields(false);
        }

        @Override
        public TemplateModel wrap(Object obj) throws TemplateModelException {
            if (obj instanceof RichText rt) {
                return XMLOutputFormat.INSTANCE.fromMarkup(RichTextMarkup.toMarkup(rt));
            }
            return super.wrap(obj);
        }
    }

    /** Templates from the source; {@code marked}: with every element's place (see {@link SourcePositions}). */
    private record SourceLoader(TemplateSource source, boolean marked) implements TemplateLoader {
        @Override
        public Object findTemplateSource(String name) throws IOException {
            byte[] b = source.read(name);
            if (b == null) {
                return null;
            }
            String text = new String(b, StandardCharsets.UTF_8);
            return marked ? SourcePositions.mark(name, text) : text;
        }

        @Override
        public long getLastModified(Object templateSource) {
            return -1;
        }

        @Override
        public Reader getReader(Object templateSource, String encoding) {
            return new StringReader((String) templateSource);
        }

        @Override
        public void closeTemplateSource(Object templateSource) {
        }
    }
}
