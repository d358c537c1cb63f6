package vn.vanban.data;

import vn.vanban.format.VnNumber;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.vanban.diag.Diagnostics;
import vn.vanban.load.YNode;
import vn.vanban.load.YamlLoader;

/** The figure catalogue {@code so-lieu/chi-tieu.yaml}: every figure's name, unit and, for rates, its parts. */
public record Catalogue(Map<String, FigureDef> defs, Path source) {
    public static final String FILE = "chi-tieu.yaml";

    public Catalogue {
        defs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(defs));
    }

    public static Catalogue empty() {
        return new Catalogue(Map.of(), null);
    }

    public FigureDef def(String key) {
        FigureDef d = defs.get(key);
        return d == null ? FigureDef.plain(key) : d;
    }

    public boolean knows(String key) {
        return defs.containsKey(key);
    }

    /** Reads the catalogue beside the units' folders; an absent catalogue is an empty one. */
    public static Catalogue load(Path dataDir, Diagnostics diags) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        YNode root = new YamlLoader().load(file, diags);
        Map<String, FigureDef> defs = new LinkedHashMap<>();
        if (!(root instanceof YNode.YMap m)) {
            diags.error(root.loc(), "data.catalogue.not-map");
            return new Catalogue(defs, file);
        }
        for (YNode.Entry e : m.entries().values()) {
            if (!(e.value() instanceof YNode.YMap d)) {
                diags.error(e.value().loc(), "data.catalogue.entry", e.key());
                continue;
            }
            String unit = text(d, "dvt", "");
            boolean percent = "%".equals(unit);
            BigDecimal scale = d.get("he-so") == null ? (percent ? BigDecimal.valueOf(100) : BigDecimal.ONE)
                    : VnNumber.parse(text(d, "he-so", "1"));
            int decimals = d.get("so-le") == null ? (percent ? 1 : 2) : Integer.parseInt(text(d, "so-le", "1").trim());
            defs.put(e.key(), new FigureDef(e.key(), text(d, "ten", e.key()), unit,
                    text(d, "danh-tu", unit.toLowerCase(java.util.Locale.forLanguageTag("vi"))),
                    text(d, "tu-so", null), text(d, "mau-so", null), scale == null ? BigDecimal.ONE : scale,
                    text(d, "thuoc", null), decimals, e.keyLoc()));
        }
        for (FigureDef d : defs.values()) {
            for (String ref : new String[] {d.numerator(), d.denominator(), d.partOf()}) {
                if (ref != null && !defs.containsKey(ref)) {
                    diags.error(d.loc(), "data.catalogue.unknown-ref", d.key(), ref,
                            String.valueOf(Names.closest(ref, defs.keySet())));
                }
            }
        }
        return new Catalogue(defs, file);
    }

    private static String text(YNode.YMap m, String key, String dflt) {
        return m.get(key) instanceof YNode.YScalar s && !s.isNull() ? s.value().trim() : dflt;
    }
}
