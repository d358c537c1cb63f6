package vn.vanban.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import vn.vanban.diag.Loc;
import vn.vanban.load.YNode;

/**
 * The lines of a content file, to find where inside a scalar a reference was typed: the loader
 * knows where each scalar starts, a message should point at the reference itself.
 */
final class SourceText {
    private final Path file;
    private List<String> lines;

    SourceText(Path file) {
        this.file = file;
    }

    /** Read only when a reference is found: most documents have none. */
    private List<String> lines() {
        if (lines != null) {
            return lines;
        }
        List<String> l;
        try {
            l = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(s -> Normalizer.normalize(s, Normalizer.Form.NFC)).toList();
        } catch (IOException | RuntimeException e) {
            l = List.of();
        }
        lines = l;
        return l;
    }

    /** The place of the {@code nth} (0-based) occurrence of {@code needle} at or after the scalar's start. */
    Loc locate(YNode.YScalar s, String needle, int nth) {
        int line = s.loc().line() - 1;
        int col = s.loc().col() - 1;
        int seen = 0;
        List<String> lines = lines();
        for (int i = line; i >= 0 && i < lines.size(); i++) {
            String l = lines.get(i);
            int from = i == line ? Math.min(col, l.length()) : 0;
            int at;
            while ((at = l.indexOf(needle, from)) >= 0) {
                if (seen++ == nth) {
                    return new Loc(file, i + 1, at + 1);
                }
                from = at + needle.length();
            }
        }
        return s.loc();
    }
}
