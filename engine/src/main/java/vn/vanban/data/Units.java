package vn.vanban.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.vanban.diag.ContentException;
import vn.vanban.diag.Diagnostics;
import vn.vanban.load.YNode;
import vn.vanban.load.YamlLoader;

/**
 * A units file: one row per unit (every commune of a district), each rendered as its own report.
 * <pre>
 * don-vi:
 *   - ma: bao-linh
 *     ten-co-quan: Ủy ban nhân dân xã Bảo Linh
 *     co-quan-ban-hanh: [ỦY BAN NHÂN DÂN, XÃ BẢO LINH]
 *     dia-danh: Bảo Linh
 *     so-lieu: {tre-em-duoi-16: 1250}   # optional: else so-lieu/bao-linh/KỲ.yaml
 * </pre>
 * or the same as a spreadsheet ({@code .csv}, {@code .xlsx}), one row per unit ({@link UnitSheets}).
 */
public final class Units {
    private static final List<String> ROW_KEYS = rowKeys();

    private Units() {
    }

    private static List<String> rowKeys() {
        List<String> k = new ArrayList<>(List.of("ma", "so-lieu"));
        k.addAll(Unit.HEADER_KEYS);
        return List.copyOf(k);
    }

    /** Every unit of the file; throws with every problem found. */
    public static List<Unit> load(Path file) {
        Diagnostics diags = new Diagnostics();
        YNode root;
        if (file.toString().endsWith(".csv") || file.toString().endsWith(".xlsx")) {
            try {
                root = UnitSheets.read(file);
            } catch (java.io.IOException | RuntimeException e) {
                throw new ContentException(vn.vanban.diag.Diagnostic.error(vn.vanban.diag.Loc.of(file),
                        "data.sheet.unreadable", file, String.valueOf(e.getMessage())));
            }
        } else {
            root = new YamlLoader().load(file);
        }
        List<Unit> out = new ArrayList<>();
        YNode rows = root instanceof YNode.YMap m ? m.get("don-vi") : null;
        if (!(rows instanceof YNode.YSeq seq)) {
            diags.error(root.loc(), "units.no-list");
            throw new ContentException(diags.all());
        }
        Set<String> codes = new HashSet<>();
        for (YNode r : seq.items()) {
            if (!(r instanceof YNode.YMap row) || !(row.get("ma") instanceof YNode.YScalar ma) || ma.isNull()) {
                diags.error(r.loc(), "units.no-code");
                continue;
            }
            String code = ma.value().trim();
            if (!code.matches("[a-z0-9][a-z0-9-]*")) {
                diags.error(ma.loc(), "units.bad-code", code);
                continue;
            }
            if (!codes.add(code)) {
                diags.error(ma.loc(), "units.duplicate", code);
            }
            Map<String, YNode.Entry> header = new LinkedHashMap<>();
            for (YNode.Entry e : row.entries().values()) {
                if (Unit.HEADER_KEYS.contains(e.key())) {
                    header.put(e.key(), e);
                } else if (!ROW_KEYS.contains(e.key())) {
                    diags.error(e.keyLoc(), "units.unknown-key", e.key(), String.join(", ", ROW_KEYS));
                }
            }
            out.add(new Unit(code, header, row.get("so-lieu"), row.loc()));
        }
        if (diags.hasErrors()) {
            throw new ContentException(diags.all());
        }
        return out;
    }
}
