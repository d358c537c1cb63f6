package vn.vanban.write.pdf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.vanban.fonts.FontSet;
import vn.vanban.layout.Block;
import vn.vanban.layout.Inline;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.PageSection;
import vn.vanban.layout.Role;
import vn.vanban.layout.Table;
import vn.vanban.profile.Nd30Profile;

/**
 * Parity probe (not a test): renders "ROLE|text" lines as paragraphs, to compare page by page with
 * LibreOffice's PDF of a hand-made DOCX of the same lines.
 */
final class RenderSpec {
    public static void main(String[] args) throws Exception {
        if (args[0].endsWith(".tsv")) {
            table(args);
            return;
        }
        List<Block> blocks = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = line.split("\\|", 2);
            blocks.add(p[0].equals("BREAK") ? new Block.PageBreak()
                    : new Block.Paragraph(Role.valueOf(p[0]), List.of(Inline.Span.plain(p[1]))));
        }
        LayoutDocument doc = new LayoutDocument("probe", null,
                List.of(new PageSection(PageSection.Orientation.PORTRAIT, false, blocks)));
        Files.write(Path.of(args[1]), new PdfWriter(Nd30Profile.defaults(), FontSet.bundled()).write(doc));
    }

    /** Tab-separated body rows under the sample table's two header rows, in a landscape section. */
    private static void table(String[] args) throws Exception {
        Table sample = SampleDocument.table();
        List<Table.Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            List<Table.Cell> cells = new ArrayList<>();
            for (String c : line.split("\t", -1)) {
                cells.add(SampleDocument.cell(c, 1, 1));
            }
            rows.add(new Table.Row(cells, false));
        }
        LayoutDocument doc = new LayoutDocument("probe", null, List.of(new PageSection(
                PageSection.Orientation.LANDSCAPE, false,
                List.of(new Block.TableBlock(new Table(sample.columns(), sample.headerRows(), rows))))));
        Files.write(Path.of(args[1]), new PdfWriter(Nd30Profile.defaults(), FontSet.bundled()).write(doc));
    }
}
