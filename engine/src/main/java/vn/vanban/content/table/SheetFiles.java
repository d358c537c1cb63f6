package vn.vanban.content.table;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import vn.vanban.diag.Loc;

/**
 * Opens {@code .xlsx} (Apache POI) and {@code .csv} (UTF-8) files as {@link SheetData}. Numeric
 * cells stay numbers; a formula cell gives its cached result, the value the spreadsheet showed.
 */
final class SheetFiles {
    /** The sheet is not in the workbook; {@code names} lists those that are. */
    static final class MissingSheet extends Exception {
        final List<String> names;

        MissingSheet(List<String> names) {
            super(null, null, false, false);
            this.names = names;
        }
    }

    private SheetFiles() {
    }

    static SheetData read(Path file, Path shownAs, String sheetName) throws IOException, MissingSheet {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".csv") ? csv(file, shownAs) : xlsx(file, shownAs, sheetName);
    }

    private static SheetData xlsx(Path file, Path shownAs, String sheetName) throws IOException, MissingSheet {
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = sheetName == null ? wb.getSheetAt(0) : wb.getSheet(sheetName);
            if (sheet == null) {
                List<String> names = new ArrayList<>();
                for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                    names.add(wb.getSheetName(i));
                }
                throw new MissingSheet(names);
            }
            List<String> headers = new ArrayList<>();
            List<List<SheetData.Cell>> rows = new ArrayList<>();
            boolean headerSeen = false;
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<SheetData.Cell> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), headers.size()); c++) {
                    cells.add(cell(row.getCell(c), new Loc(shownAs, r + 1, c + 1)));
                }
                if (cells.stream().allMatch(SheetData.Cell::isBlank)) {
                    continue;
                }
                if (!headerSeen) {
                    cells.forEach(x -> headers.add(x.text() != null ? x.text()
                            : x.number() == null ? "" : x.number().toPlainString()));
                    headerSeen = true;
                } else {
                    rows.add(cells);
                }
            }
            return new SheetData(headers, rows, false);
        }
    }

    private static SheetData.Cell cell(Cell cell, Loc loc) {
        if (cell == null) {
            return new SheetData.Cell(null, null, loc);
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> new SheetData.Cell(number(cell.getNumericCellValue()), null, loc);
            case STRING -> new SheetData.Cell(null, nfc(cell.getStringCellValue()), loc);
            case BOOLEAN -> new SheetData.Cell(null, String.valueOf(cell.getBooleanCellValue()), loc);
            default -> new SheetData.Cell(null, null, loc);
        };
    }

    /** The shortest decimal that reads back as the same double: 0.1 stays 0.1, not 0.1000000000000000055. */
    private static BigDecimal number(double d) {
        BigDecimal v = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private static SheetData csv(Path file, Path shownAs) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> headers = new ArrayList<>();
        List<List<SheetData.Cell>> rows = new ArrayList<>();
        int line = 0;
        for (String l : text.split("\r?\n")) {
            line++;
            if (l.isBlank()) {
                continue;
            }
            List<String> fields = CsvLine.split(l);
            if (headers.isEmpty()) {
                fields.forEach(f -> headers.add(nfc(f.strip())));
                continue;
            }
            List<SheetData.Cell> cells = new ArrayList<>();
            for (int c = 0; c < fields.size(); c++) {
                String f = nfc(fields.get(c).strip());
                cells.add(new SheetData.Cell(null, f.isEmpty() ? null : f, new Loc(shownAs, line, c + 1)));
            }
            rows.add(cells);
        }
        return new SheetData(headers, rows, true);
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip();
    }
}
