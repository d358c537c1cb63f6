package vn.vanban.content.table;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.vanban.content.keys.MapReader;
import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;
import vn.vanban.load.YNode;
import vn.vanban.load.YNode.YMap;

/**
 * {@code nguon: {tep: so-lieu/pl4.xlsx, trang: PL4, dong: Mã, cot: {kq: "Kết quả 2023"}}}: fills
 * table rows from a spreadsheet or CSV file in the project. With {@code dong} the file's rows go
 * to the table rows of the same {@code id}; without it, and with no rows typed, each file row is a
 * table row. The path must stay inside the project.
 */
final class SourceReader {
    private final Path source;
    private final Diagnostics diags;
    private final NumberReader numbers;
    private final Nodes nodes;

    SourceReader(Path source, Diagnostics diags, NumberReader numbers) {
        this.source = source;
        this.diags = diags;
        this.numbers = numbers;
        this.nodes = new Nodes(diags);
    }

    void fill(YNode n, Map<String, ColumnSpec> byKey, List<RowDraft> rows) {
        if (!(n instanceof YMap m)) {
            diags.error(n.loc(), "value.map", "nguon", n.kindKey(), "nguon: {tep: so-lieu/phu-luc-4.xlsx, cot: {...}}");
            return;
        }
        MapReader r = new MapReader(m, diags, "nguon", vn.vanban.content.keys.ContentKeys.TABLE_SOURCE_KEYS);
        YNode tepNode = r.require("tep");
        String sheetName = nodes.text(r.get("trang"), "trang");
        String idHeader = nodes.text(r.get("dong"), "dong");
        Map<String, YNode> mapping = mapping(r.require("cot"), byKey);
        r.finish();
        String tep = tepNode == null ? null : nodes.text(tepNode, "tep");
        if (tep == null) {
            return;
        }
        Path file = Path.of(tep).isAbsolute() ? null : ProjectRoot.resolveInside(source, tep);
        if (file == null) {
            diags.error(tepNode.loc(), "bang.nguon.ngoai", tep, ProjectRoot.of(source));
            return;
        }
        Path shown = source.getParent() == null ? Path.of(tep) : source.getParent().resolve(tep).normalize();
        if (!Files.isRegularFile(file)) {
            diags.error(tepNode.loc(), "bang.nguon.khong-co", tep, filesBeside(file));
            return;
        }
        SheetData data;
        try {
            data = SheetFiles.read(file, shown, sheetName);
        } catch (SheetFiles.MissingSheet e) {
            diags.error(r.get("trang").loc(), "bang.nguon.trang", sheetName, tep, String.join(", ", e.names));
            return;
        } catch (IOException | RuntimeException e) {
            diags.error(tepNode.loc(), "bang.nguon.doc", tep, String.valueOf(e.getMessage()));
            return;
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (Map.Entry<String, YNode> e : mapping.entrySet()) {
            String header = nodes.text(e.getValue(), e.getKey());
            int i = header == null ? -1 : data.headers().indexOf(header);
            if (i < 0 && header != null) {
                diags.error(e.getValue().loc(), "bang.nguon.cot", header, tep, quoted(data.headers()));
            } else if (i >= 0) {
                columns.put(e.getKey(), i);
            }
        }
        int idCol = -1;
        if (idHeader != null) {
            idCol = data.headers().indexOf(idHeader);
            if (idCol < 0) {
                diags.error(r.keyLoc("dong"), "bang.nguon.cot", idHeader, tep, quoted(data.headers()));
                return;
            }
        } else if (!rows.isEmpty()) {
            diags.error(m.loc(), "bang.nguon.can-dong");
            return;
        }
        Map<String, RowDraft> ids = TableReader.byId(rows);
        for (List<SheetData.Cell> cells : data.rows()) {
            RowDraft row;
            if (idCol >= 0) {
                SheetData.Cell idCell = at(cells, idCol, data);
                String id = idCell.text() != null ? idCell.text() : idCell.number() == null ? null : idCell.number().toPlainString();
                if (id == null) {
                    continue;
                }
                row = ids.get(id);
                if (row == null) {
                    String near = MapReader.closest(id, ids.keySet());
                    diags.error(idCell.loc(), near == null ? "bang.nguon.id" : "bang.nguon.id.goi-y", id, near);
                    continue;
                }
            } else {
                row = new RowDraft();
                row.loc = cells.isEmpty() ? Loc.of(file) : cells.get(0).loc();
                rows.add(row);
            }
            for (Map.Entry<String, Integer> e : columns.entrySet()) {
                put(row, byKey.get(e.getKey()), e.getKey(), at(cells, e.getValue(), data), data.textIsBare());
            }
        }
    }

    private Map<String, YNode> mapping(YNode n, Map<String, ColumnSpec> byKey) {
        Map<String, YNode> out = new LinkedHashMap<>();
        if (n == null) {
            return out;
        }
        if (!(n instanceof YMap m)) {
            diags.error(n.loc(), "value.map", "cot", n.kindKey(), "cot: {kq: \"Kết quả năm 2023\"}");
            return out;
        }
        for (YNode.Entry e : m.entries().values()) {
            if (!byKey.containsKey(e.key())) {
                String near = MapReader.closest(e.key(), byKey.keySet());
                diags.error(e.keyLoc(), near == null ? "bang.ma.khong-co" : "bang.ma.khong-co.goi-y", e.key(),
                        String.join(", ", byKey.keySet()), near);
            } else {
                out.put(e.key(), e.value());
            }
        }
        return out;
    }

    private void put(RowDraft row, ColumnSpec col, String key, SheetData.Cell cell, boolean bare) {
        if (cell.isBlank()) {
            return;
        }
        String text = cell.text() != null ? cell.text() : cell.number().toPlainString();
        if (ColumnSpec.NUMBER.equals(key)) {
            row.givenLabel = text;
            return;
        }
        if (ColumnSpec.NAME.equals(key)) {
            row.name = text;
            return;
        }
        CellValue v;
        if (!col.numeric()) {
            v = new CellValue.Text(text, cell.loc());
        } else if (cell.number() != null) {
            v = new CellValue.Number(cell.number(), cell.loc(), true);
        } else {
            BigDecimal b = numbers.read(cell.text(), bare, cell.loc(), col);
            v = b == null ? null : new CellValue.Number(b, cell.loc(), true);
        }
        if (v == null) {
            return;
        }
        CellValue typed = row.values.get(key);
        if (typed != null) {
            diags.error(typed.loc(), "bang.nguon.hai-noi", col.headerText(), cell.loc());
            return;
        }
        row.values.put(key, v);
    }

    private static SheetData.Cell at(List<SheetData.Cell> cells, int i, SheetData data) {
        return i < cells.size() ? cells.get(i) : new SheetData.Cell(null, null, null);
    }

    private static String quoted(List<String> names) {
        List<String> q = new ArrayList<>();
        for (String s : names) {
            if (!s.isBlank()) {
                q.add("\"" + s + "\"");
            }
        }
        return String.join(", ", q);
    }

    /** Spreadsheets and CSV files next to where the missing one was looked for. */
    private static String filesBeside(Path file) {
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return "(thư mục không có)";
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString())
                    .filter(x -> x.endsWith(".xlsx") || x.endsWith(".csv")).sorted().limit(10).toList();
            return names.isEmpty() ? "(không có tệp .xlsx, .csv)" : String.join(", ", names);
        } catch (IOException e) {
            return "";
        }
    }
}
