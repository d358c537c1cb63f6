package vn.vanban.write.pdf;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vanban.TestPaths;
import vn.vanban.fonts.FontSet;
import vn.vanban.layout.Block;
import vn.vanban.layout.Inline;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.PageSection;
import vn.vanban.layout.Revisions;
import vn.vanban.layout.Role;
import vn.vanban.layout.Table;
import vn.vanban.layout.grid.ColumnWidths;
import vn.vanban.layout.grid.Slot;
import vn.vanban.layout.grid.TableGrid;
import vn.vanban.layout.text.RunStyle;
import vn.vanban.layout.text.TextMetrics;
import vn.vanban.load.TemplateSource;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.profile.TextStyle;
import vn.vanban.render.Engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every table cell of every content sample: the line count the DOCX writer gives a row's height
 * ({@code TableBuilder.lineCount}, reached by reflection: it is package-private in write.docx) equals the
 * number of lines the PDF sets in that cell's frame. Before one text measurer, four bold group rows of
 * nghe-an-ke-hoach-2023 ("Mục tiêu 1" … "Mục tiêu 4") took one line in the DOCX's count and two in the PDF.
 */
class CellLineCountTest {
    @Test
    void docxRowHeightsCountTheLinesThePdfSets() throws Exception {
        Nd30Profile profile = Nd30Profile.defaults();
        TextMetrics metrics = TextMetrics.of(FontSet.bundled());
        ParagraphSetter setter = new ParagraphSetter(metrics, Revisions.NONE);
        Class<?> builder = Class.forName("vn.vanban.write.docx.TableBuilder");
        Method docxLines = builder.getDeclaredMethod("lineCount", TextMetrics.class, Table.Row.class, Table.Cell.class,
                TextStyle.class, double.class);
        docxLines.setAccessible(true);
        Engine engine = new Engine(TemplateSource.defaults());
        List<Path> samples;
        try (var s = Files.list(TestPaths.root().resolve("content"))) {
            samples = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        int cells = 0;
        List<String> differ = new ArrayList<>();
        for (Path sample : samples) {
            LayoutDocument doc = engine.render(sample).layout();
            for (PageSection sec : doc.sections()) {
                for (Block b : sec.blocks()) {
                    if (!(b instanceof Block.TableBlock tb)) {
                        continue;
                    }
                    Table table = tb.table();
                    // Both writers work from the one grid and its twips column widths.
                    TableGrid grid = TableGrid.of(table);
                    ColumnWidths widths = grid.widths(profile.textWidth(sec.orientation()));
                    double pad = profile.cellPadding().points();
                    for (Slot.Origin o : grid.cells()) {
                        Table.Row row = grid.row(o.row());
                        Table.Cell cell = o.cell();
                        double width = widths.points(o.col(), o.colSpan()) - 2 * pad;
                        TextStyle style = profile.style(o.header() ? Role.TABLE_HEADER : Role.TABLE_CELL);
                        RunStyle base = RunStyle.of(style.bold() || row.bold() || cell.bold(),
                                style.italic() || cell.italic(), Units.pt(style.size()));
                        TextSetter.Frame frame = new TextSetter.Frame(width, 0, Units.pt(style.firstLineIndent()),
                                Table.Align.LEFT, Units.pt(style.lineHeight()), base);
                        int pdf = setter.set(cell.content(), frame, ref -> 1).size();
                        int docx = (int) docxLines.invoke(null, metrics, row, cell, style, width);
                        cells++;
                        if (docx != pdf) {
                            differ.add(sample.getFileName() + " row " + (o.row() + 1) + " col " + (o.col() + 1)
                                    + ": DOCX " + docx + " lines, PDF " + pdf + ": " + Inline.plainText(cell.content()));
                        }
                    }
                }
            }
        }
        assertTrue(cells > 2000, "the samples' tables were all seen: " + cells);
        assertEquals(List.of(), differ);
    }
}
