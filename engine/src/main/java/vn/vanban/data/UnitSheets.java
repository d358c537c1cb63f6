package vn.vanban.data;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.vanban.diag.Loc;
import vn.vanban.load.YNode;

/**
 * A units file kept as a spreadsheet, one row per unit, as a district's staff usually keeps it:
 * the first row names the columns ({@code ma}, {@code ten-co-quan}, {@code co-quan-ban-hanh},
 * {@code dia-danh}, ...), every other column is a figure. A cell with line breaks (Alt+Enter in
 * Excel) gives the issuing body on several lines. Turned into the same YAML tree a units YAML file
 * gives, with each cell's row and column as its place.
 */
final class UnitSheets {
    private UnitSheets() {
    }

    static YNode read(Path file) throws IOException {
        List<List<String>> rows = file.toString().endsWith(".csv") ? csv(file) : xlsx(file);
        List<YNode> units = new ArrayList<>();
        List<String> head = rows.isEmpty() ? List.of() : rows.get(0);
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, YNode.Entry> entries = new LinkedHashMap<>();
            Map<String, YNode.Entry> figures = new LinkedHashMap<>();
            for (int c = 0; c < head.size() && c < row.size(); c++) {
                String key = head.get(c).trim();
                String v = row.get(c).trim();
                if (key.isEmpty() || v.isEmpty()) {
                    continue;
                }
                Loc loc = new Loc(file, r + 1, c + 1);
                YNode.Entry e = new YNode.Entry(key, new Loc(file, 1, c + 1), new YNode.YScalar(loc, v, false, false));
                if (key.equals("ma") || Unit.HEADER_KEYS.contains(key)) {
                    entries.put(key, e);
                } else {
                    figures.put(key, e);
                }
            }
            if (!figures.isEmpty()) {
                Loc at = new Loc(file, r + 1, 1);
                entries.put("so-lieu", new YNode.Entry("so-lieu", at, new YNode.YMap(at, figures)));
            }
            units.add(new YNode.YMap(new Loc(file, r + 1, 1), entries));
        }
        Loc top = Loc.of(file);
        return new YNode.YMap(top, Map.of("don-vi", new YNode.Entry("don-vi", top, new YNode.YSeq(top, units))));
    }

    private static List<List<String>> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String sep = !lines.isEmpty() && lines.get(0).contains(";") ? ";" : ",";
        List<List<String>> out = new ArrayList<>();
        for (String l : lines) {
            List<String> cells = new ArrayList<>();
            for (String c : l.replace("\uFEFF", "").split(sep, -1)) {
                String t = c.trim();
                cells.add(t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t);
            }
            out.add(cells);
        }
        return out;
    }

    private static List<List<String>> xlsx(Path file) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter shown = new DataFormatter();
            for (Row row : sheet) {
                while (out.size() < row.getRowNum()) {
                    out.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                            : shown.formatCellValue(cell));
                }
                out.add(cells);
            }
        }
        return out;
    }
}
