package vn.vanban.cli;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.vanban.diag.ContentException;
import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Loc;

/**
 * Where each input's outputs go. Outputs are named after the input file, so two inputs of the same name
 * in one run (one folder per commune, each holding {@code ke-hoach.yaml}) would write the same files. Such
 * inputs instead write under {@code -o} into their own folder, the input's folder relative to the folder
 * the same-named inputs share ({@code xa-a/ke-hoach.yaml} → {@code output/xa-a/ke-hoach.docx}); every
 * other input writes into {@code -o} itself, as always. Two inputs that would still meet (
 * {@code ke-hoach.yaml} beside {@code ke-hoach.yml}) are an error before anything is written.
 */
final class OutputFolders {
    private OutputFolders() {
    }

    /** The output name of a content file, without extension (as {@code Document.baseName}). */
    static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** Each file's output folder, in the order given. */
    static Map<Path, Path> assign(List<Path> files, Path outDir) {
        Map<String, List<Path>> byName = new LinkedHashMap<>();
        for (Path f : files) {
            // Names compare as the clerk reads them: a macOS file name in decomposed form is the same name.
            String key = Normalizer.normalize(baseName(f), Normalizer.Form.NFC);
            byName.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        Map<Path, Path> out = new HashMap<>();
        List<Diagnostic> clashes = new ArrayList<>();
        for (List<Path> same : byName.values()) {
            if (same.size() == 1) {
                out.put(same.get(0), outDir);
                continue;
            }
            List<Path> folders = same.stream().map(f -> f.toAbsolutePath().normalize().getParent()).toList();
            Path common = folders.get(0);
            for (Path d : folders) {
                while (common != null && !d.startsWith(common)) {
                    common = common.getParent();
                }
            }
            Map<Path, Path> seen = new HashMap<>();
            for (int i = 0; i < same.size(); i++) {
                Path rel = common == null ? folders.get(i) : common.relativize(folders.get(i));
                Path dir = rel.toString().isEmpty() ? outDir : outDir.resolve(rel.toString());
                Path before = seen.putIfAbsent(dir, same.get(i));
                if (before != null) {
                    clashes.add(Diagnostic.error(Loc.of(same.get(i)), "output.same-name", same.get(i), before,
                            dir.resolve(baseName(same.get(i)))));
                }
                out.put(same.get(i), dir);
            }
        }
        if (!clashes.isEmpty()) {
            throw new ContentException(clashes);
        }
        return out;
    }
}
