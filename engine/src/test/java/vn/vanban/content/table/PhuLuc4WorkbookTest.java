package vn.vanban.content.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import vn.vanban.TestPaths;
import vn.vanban.content.Appendix;
import vn.vanban.content.Document;
import vn.vanban.diag.Diagnostics;
import vn.vanban.render.Engine;
import vn.vanban.load.TemplateSource;

/**
 * The committed workbook is what the generator writes, and the totals vanban computes for the
 * Nghệ An resource table equal the spreadsheet's cells summed here independently with POI.
 */
class PhuLuc4WorkbookTest {
    static final Path XLSX = TestPaths.content("so-lieu/nghe-an-phu-luc-4-2023.xlsx");

    @Test
    void committedWorkbookHoldsTheGeneratorsFigures() throws Exception {
        if (Boolean.getBoolean("vanban.updateData") || !Files.exists(XLSX)) {
            PhuLuc4Workbook.write(XLSX);
        }
        Map<String, Double> plan = column(3);
        for (Object[] row : PhuLuc4Workbook.ROWS) {
            assertEquals(((Integer) row[3]).doubleValue(), plan.get((String) row[0]), (String) row[0]);
        }
    }

    @Test
    void computedTotalsEqualTheSpreadsheetSummedDirectly() throws Exception {
        Document doc = new Engine(TemplateSource.defaults()).read(TestPaths.content("nghe-an-phu-luc-4-2023.yaml"),
                new Diagnostics());
        Appendix a = doc.appendices().get(0);
        DataTable t = a.tables().get(0);
        for (int col = 2; col <= 5; col++) {
            Map<String, Double> values = column(col);
            double budget = sum(values, "nstw-", "tinh-", "huyen-", "xa-");
            double raised = sum(values, "vd-");
            String key = switch (col) {
                case 2 -> "kq-2022";
                case 3 -> "kh-2023";
                case 4 -> "kq-2023";
                default -> "kh-2024";
            };
            assertEquals(budget, number(row(t, "ngan-sach"), key), key);
            assertEquals(raised, number(row(t, "van-dong"), key), key);
            TableRow total = t.rows().get(t.rows().size() - 1);
            assertEquals(RowKind.TOTAL, total.kind());
            assertEquals(budget + raised, number(total, key), key);
        }
    }

    private static double sum(Map<String, Double> values, String... prefixes) {
        double s = 0;
        for (Map.Entry<String, Double> e : values.entrySet()) {
            for (String p : prefixes) {
                if (e.getKey().startsWith(p)) {
                    s += e.getValue();
                }
            }
        }
        return s;
    }

    static TableRow row(DataTable t, String id) {
        return t.flatRows().stream().filter(r -> id.equals(r.id())).findFirst().orElseThrow();
    }

    static double number(TableRow r, String key) {
        CellValue v = r.value(key);
        assertTrue(v instanceof CellValue.Number, key + " of " + r.name() + " is " + v);
        return ((CellValue.Number) v).value().doubleValue();
    }

    /** Row id → the numeric (or cached formula) value of one column, read with POI. */
    private static Map<String, Double> column(int col) throws Exception {
        Map<String, Double> out = new HashMap<>();
        try (InputStream in = Files.newInputStream(XLSX); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheet(PhuLuc4Workbook.SHEET);
            for (Row r : s) {
                if (r.getRowNum() > 0) {
                    out.put(r.getCell(0).getStringCellValue(), r.getCell(col).getNumericCellValue());
                }
            }
        }
        return out;
    }
}
