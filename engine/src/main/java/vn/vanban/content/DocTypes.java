package vn.vanban.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.vanban.diag.ContentException;
import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Loc;
import vn.vanban.load.YNode;
import vn.vanban.load.YamlLoader;
import vn.vanban.load.TemplateSource;

/** The registry of document types, read from {@code loai-van-ban.yaml} beside the templates. */
public final class DocTypes {
    public static final String REGISTRY = "loai-van-ban.yaml";
    private final Map<String, DocType> types;

    public DocTypes(Map<String, DocType> types) {
        // Keeps the registry's order: Map.copyOf iterates in an order that changes from one JVM to the next.
        this.types = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(types));
    }

    public static DocTypes load(TemplateSource source) {
        byte[] bytes;
        try {
            bytes = source.read(REGISTRY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path where = Path.of(source.describe(REGISTRY));
        if (bytes == null) {
            throw new ContentException(Diagnostic.error(Loc.of(where), "template.missing", REGISTRY));
        }
        YNode root = new YamlLoader().parse(where, bytes);
        Map<String, DocType> m = new LinkedHashMap<>();
        if (root instanceof YNode.YMap map) {
            for (YNode.Entry e : map.entries().values()) {
                if (e.value() instanceof YNode.YMap t) {
                    DocType type = new DocType(e.key(), str(t, "ten"), str(t, "viet-tat"), str(t, "mau"),
                            str(t, "ten-trong-cau"), required(t));
                    requireTemplate(source, type, t.get("mau").loc());
                    m.put(e.key(), type);
                }
            }
        }
        return new DocTypes(m);
    }

    /** A registry entry naming a template that does not exist is reported where it names it, at startup. */
    private static void requireTemplate(TemplateSource source, DocType type, Loc where) {
        try {
            if (source.read(type.template()) == null) {
                throw new ContentException(Diagnostic.error(where, "template.missing", type.template(),
                        source.describeDir()));
            }
        } catch (IOException e) {
            throw new ContentException(Diagnostic.error(where, "template.unreadable", e.getMessage()));
        }
    }

    /** {@code bat-buoc}: the keys this type must have; absent, the usual ones of a plan or report. */
    private static List<String> required(YNode.YMap t) {
        if (!(t.get("bat-buoc") instanceof YNode.YSeq seq)) {
            return DocType.USUAL_REQUIRED;
        }
        List<String> keys = new ArrayList<>();
        for (YNode n : seq.items()) {
            if (n instanceof YNode.YScalar s && !s.isNull()) {
                keys.add(s.value().trim());
            }
        }
        return keys;
    }

    private static String str(YNode.YMap m, String key) {
        YNode n = m.get(key);
        if (n instanceof YNode.YScalar s && !s.isNull()) {
            return s.value();
        }
        throw new ContentException(Diagnostic.error(m.loc(), "key.missing", key, REGISTRY));
    }

    public DocType find(String key) {
        return types.get(key);
    }

    /** Type keys in alphabetical order, as messages list them. */
    public List<String> keys() {
        List<String> k = new ArrayList<>(types.keySet());
        k.sort(null);
        return k;
    }

    public java.util.Collection<DocType> all() {
        return types.values();
    }
}
