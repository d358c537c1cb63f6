package vn.vanban.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The descriptions and examples of every key, from {@code mo-ta.yaml}, kept out of Java so they can
 * be reworded without touching code. An entry is looked up as {@code context.key}, then as {@code key}.
 */
public final class SchemaTexts {
    private static final String RESOURCE = "/vn/vanban/schema/mo-ta.yaml";
    private final Map<String, Map<String, Object>> entries;
    private final boolean english;

    private SchemaTexts(Map<String, Map<String, Object>> entries, boolean english) {
        this.entries = entries;
        this.english = english;
    }

    @SuppressWarnings("unchecked")
    public static SchemaTexts load(String lang) {
        try (InputStream in = SchemaTexts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new SchemaTexts((Map<String, Map<String, Object>>) root, "en".equalsIgnoreCase(lang));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code description}, {@code markdownDescription} and {@code examples} for a key in its context. */
    public Map<String, Object> annotations(String context, String key) {
        Map<String, Object> e = entries.get(context + "." + key);
        if (e == null) {
            e = entries.get(key);
        }
        if (e == null) {
            // A key added to ContentKeys needs its text too: fail loudly rather than ship an undocumented key.
            throw new IllegalStateException("no description for \"" + key + "\" (in " + context + ") in " + RESOURCE);
        }
        Map<String, Object> out = describe(e);
        Object examples = e.get("vi-du");
        if (examples instanceof List<?> l) {
            out.put("examples", l);
        }
        return out;
    }

    /** Description of a whole entry without examples (the schema's root). */
    public Map<String, Object> description(String entry) {
        Map<String, Object> e = entries.get(entry);
        if (e == null) {
            throw new IllegalStateException("no description for \"" + entry + "\" in " + RESOURCE);
        }
        return describe(e);
    }

    /**
     * What an editor says when a value misses its pattern (VS Code's {@code patternErrorMessage}),
     * instead of the bare regular expression; null when the entry has none.
     */
    public String patternError(String key) {
        Map<String, Object> e = entries.get(key);
        Object text = e == null ? null : english && e.get("loi-en") != null ? e.get("loi-en") : e.get("loi-vi");
        return text == null ? null : text.toString();
    }

    /** An entry's text with {@code {0}}, {@code {1}}... filled in. */
    public String text(String entry, String... args) {
        String t = String.valueOf(description(entry).get("description"));
        for (int i = 0; i < args.length; i++) {
            t = t.replace("{" + i + "}", args[i]);
        }
        return t;
    }

    private Map<String, Object> describe(Map<String, Object> e) {
        Object text = english && e.get("en") != null ? e.get("en") : e.get("vi");
        String markdown = String.valueOf(text);
        Map<String, Object> out = new LinkedHashMap<>();
        // Editors that show plain text get the words without Markdown's backticks.
        out.put("description", markdown.replace("`", ""));
        out.put("markdownDescription", markdown);
        return out;
    }
}
