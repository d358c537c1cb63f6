package vn.vanban.data;

import vn.vanban.format.Period;

import vn.vanban.format.VnNumber;

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

import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;
import vn.vanban.load.YNode;

/**
 * A period's figures kept as a spreadsheet instead of YAML, as offices often do:
 * {@code so-lieu/<unit>/<period>.csv} or {@code .xlsx}, column A the figure name, column B its value;
 * a first row whose B cell is not a number is a heading and skipped; rows {@code ky} and
 * {@code ngay} are the period and the report's date. CSV may use "," or ";" (Vietnamese Excel
 * writes ";" because "," is its decimal mark). Messages point at file:row:column.
 */
final class FigureSheets {
    private FigureSheets() {
    }

    /** One name/value row, where it was. */
    private record Cellpair(String name, String value, Loc loc) {
    }

    static FigureSet load(Path file, String unit, Period p, Diagnostics diags) {
        List<Cellpair> rows;
        try {
            rows = file.toString().endsWith(".csv") ? csv(file) : xlsx(file);
        } catch (IOException | RuntimeException e) {
            diags.error(Loc.of(file), "data.sheet.unreadable", file, String.valueOf(e.getMessage()));
            return new FigureSet(unit, p, Map.of(), file);
        }
        Map<String, Figure> figures = new LinkedHashMap<>();
        YNode.YScalar date = null;
        for (int i = 0; i < rows.size(); i++) {
            Cellpair r = rows.get(i);
            if (r.name().isEmpty()) {
                continue;
            }
            switch (r.name()) {
                case "ky" -> {
                    if (!p.equals(Period.parse(r.value()))) {
                        diags.error(r.loc(), "data.file.period", r.value(), p.code(), file.getFileName());
                    }
                }
                case "ngay" -> date = new YNode.YScalar(r.loc(), r.value(), false, false);
                default -> {
                    BigDecimal v = VnNumber.parse(r.value());
                    if (v != null) {
                        figures.put(r.name(), new Figure(r.name(), v, r.loc()));
                    } else if (i > 0 || !figures.isEmpty()) {
                        diags.error(r.loc(), "data.figure.not-number", r.name(), r.value());
                    }
                }
            }
        }
        return new FigureSet(unit, p, figures, file, date);
    }

    private static List<Cellpair> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String sep = !lines.isEmpty() && lines.get(0).contains(";") ? ";" : ",";
        List<Cellpair> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? lines.get(0).replace("\uFEFF", "") : lines.get(i);
            String[] cells = line.split(sep, -1);
            String name = unquote(cells[0]);
            String value = cells.length > 1 ? unquote(cells[1]) : "";
            int col = cells[0].length() + sep.length() + 1;
            out.add(new Cellpair(name, value, new Loc(file, i + 1, col)));
        }
        return out;
    }

    private static String unquote(String s) {
        String t = s.trim();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1).trim() : t;
    }

    /** First sheet; numeric cells as typed numbers, text as shown. */
    private static List<Cellpair> xlsx(Path file) throws IOException {
        List<Cellpair> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter shown = new DataFormatter();
            for (Row row : sheet) {
                Cell a = row.getCell(0);
                Cell b = row.getCell(1);
                String name = a == null ? "" : shown.formatCellValue(a).trim();
                String value = b == null ? "" : b.getCellType() == CellType.NUMERIC
                        ? BigDecimal.valueOf(b.getNumericCellValue()).stripTrailingZeros().toPlainString()
                        : shown.formatCellValue(b).trim();
                out.add(new Cellpair(name, value, new Loc(file, row.getRowNum() + 1, 2)));
            }
        }
        return out;
    }
}
