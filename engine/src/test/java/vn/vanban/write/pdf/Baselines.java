package vn.vanban.write.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Parity probe (not a test): prints each text line's baseline and left x for pages of a PDF. */
final class Baselines {
    public static void main(String[] args) throws Exception {
        try (PdfReadBack r = new PdfReadBack(Files.readAllBytes(Path.of(args[0])))) {
            int last = Math.min(r.pages(), Integer.parseInt(args[1]));
            for (int p = 1; p <= last; p++) {
                Map<Long, double[]> lines = new TreeMap<>();
                for (PdfReadBack.Glyph g : r.glyphs(p)) {
                    lines.merge(Math.round(g.baseline() * 100), new double[] {g.baseline(), g.x(), 1},
                            (a, b) -> new double[] {a[0], Math.min(a[1], b[1]), a[2] + 1});
                }
                StringBuilder sb = new StringBuilder("page " + p + ":");
                lines.values().forEach(v -> sb.append(String.format(" %.2f", v[0])));
                System.out.println(sb);
            }
        }
    }
}
