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
        Method docxColumns = builder.getDeclaredMethod("columnWidths", List.class, long.class);
        docxColumns.setAccessible(true);
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
                    int cols = table.columns().size();
                    long[] twips = (long[]) docxColumns.invoke(null, table.columns(),
                            profile.textWidth(sec.orientation()).toTwips());
                    // The PDF's column edges, as TableLayout places them.
                    double width = Units.textWidth(profile, sec.orientation());
                    double total = table.columns().stream().mapToDouble(Table.Column::weight).sum();
                    double[] colX = new double[cols + 1];
                    double share = 0;
                    for (int c = 0; c < cols; c++) {
                        share += table.columns().get(c).weight() / total;
                        colX[c + 1] = Units.snap(width * share);
                    }
                    int headerCount = table.headerRows().size();
                    List<Table.Row> rows = new ArrayList<>(table.headerRows());
                    rows.addAll(table.bodyRows());
                    double pad = Units.pt(profile.cellPadding());
                    boolean[][] covered = new boolean[rows.size()][cols];
                    for (int r = 0; r < rows.size(); r++) {
                        Table.Row row = rows.get(r);
                        boolean header = r < headerCount;
                        int partEnd = header ? headerCount : rows.size();
                        int c = 0;
                        for (Table.Cell cell : row.cells()) {
                            while (c < cols && covered[r][c]) {
                                c++;
                            }
                            int cs = Math.min(Math.max(1, cell.colSpan()), cols - c);
                            int rs = Math.min(Math.max(1, cell.rowSpan()), partEnd - r);
                            for (int rr = r; rr < r + rs; rr++) {
                                for (int cc = c; cc < c + cs; cc++) {
                                    covered[rr][cc] = true;
                                }
                            }
                            TextStyle style = profile.style(header ? Role.TABLE_HEADER : Role.TABLE_CELL);
                            RunStyle base = RunStyle.of(style.bold() || row.bold() || cell.bold(),
                                    style.italic() || cell.italic(), Units.pt(style.size()));
                            TextSetter.Frame frame = new TextSetter.Frame(colX[c + cs] - colX[c] - 2 * pad, 0,
                                    Units.pt(style.firstLineIndent()), Table.Align.LEFT, Units.pt(style.lineHeight()), base);
                            int pdf = setter.set(cell.content(), frame, ref -> 1).size();
                            long w = 0;
                            for (int i = c; i < c + cs; i++) {
                                w += twips[i];
                            }
                            int docx = (int) docxLines.invoke(null, metrics, row, cell, style,
                                    w / 20.0 - 2 * profile.cellPadding().points());
                            cells++;
                            if (docx != pdf) {
                                differ.add(sample.getFileName() + " row " + (r + 1) + " col " + (c + 1) + ": DOCX "
                                        + docx + " lines, PDF " + pdf + ": " + Inline.plainText(cell.content()));
                            }
                            c += cs;
                        }
                    }
                }
            }
        }
        assertTrue(cells > 2000, "the samples' tables were all seen: " + cells);
        assertEquals(List.of(), differ);
    }
}
