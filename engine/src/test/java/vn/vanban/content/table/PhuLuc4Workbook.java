package vn.vanban.content.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@code content/so-lieu/nghe-an-phu-luc-4-2023.xlsx}, the made-up but plausible figures
 * (thousand đồng) behind {@code content/nghe-an-phu-luc-4-2023.yaml}. The "Kế hoạch 2024" column
 * is a formula (5% over the 2023 result) so reading cached formula results is exercised too.
 * Regenerate with {@code -Dvanban.updateData=true} (see {@link PhuLuc4WorkbookTest}).
 */
final class PhuLuc4Workbook {
    static final String SHEET = "PL4";
    static final String[] HEADERS = {"Mã dòng", "Chỉ tiêu", "Kết quả 2022", "Kế hoạch 2023", "Kết quả 2023"};
    /** id, name, result 2022, plan 2023, result 2023. */
    static final Object[][] ROWS = {
            {"nstw-btxh", "Nguồn thực hiện chính sách BTXH cho trẻ em", 18_450_000, 19_200_000, 19_876_500},
            {"nstw-ct", "Nguồn các Chương trình, KH, đề án", 6_320_000, 7_000_000, 6_540_000},
            {"nstw-qbtte", "Nguồn QBTTE Việt Nam", 1_250_000, 1_300_000, 1_300_000},
            {"tinh-btxh", "Nguồn thực hiện chính sách BTXH cho trẻ em", 4_100_000, 4_500_000, 4_725_000},
            {"tinh-ct", "Nguồn các Chương trình, KH, đề án", 2_860_000, 3_000_000, 2_790_500},
            {"tinh-qbtte", "Nguồn QBTTE tỉnh", 332_600, 350_000, 368_200},
            {"huyen-btxh", "Nguồn thực hiện chính sách BTXH cho trẻ em", 3_215_400, 3_400_000, 3_400_000},
            {"huyen-ct", "Nguồn các Chương trình, KH, đề án", 1_128_750, 1_200_000, 1_096_300},
            {"xa-btxh", "Nguồn thực hiện chính sách BTXH cho trẻ em", 856_200, 900_000, 912_450},
            {"xa-ct", "Nguồn các Chương trình, KH, đề án", 412_300, 450_000, 401_800},
            {"vd-tinh-trong", "Trong nước", 2_540_000, 2_600_000, 2_815_000},
            {"vd-tinh-ngoai", "Ngoài nước", 1_980_000, 2_000_000, 1_450_000},
            {"vd-huyen-trong", "Trong nước", 1_345_600, 1_400_000, 1_400_000},
            {"vd-huyen-ngoai", "Ngoài nước", 210_000, 250_000, 180_500},
            {"vd-xa-trong", "Trong nước", 640_250, 700_000, 735_900},
            {"vd-xa-ngoai", "Ngoài nước", 0, 0, 0},
            {"vd-khac", "Khác", 95_000, 100_000, 104_600},
    };

    private PhuLuc4Workbook() {
    }

    static void write(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet notes = wb.createSheet("Ghi chú");
            notes.createRow(0).createCell(0).setCellValue("Số liệu minh họa, đơn vị 1000đ");
            Sheet s = wb.createSheet(SHEET);
            Row h = s.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                h.createCell(c).setCellValue(HEADERS[c]);
            }
            h.createCell(HEADERS.length).setCellValue("Kế hoạch 2024");
            for (int r = 0; r < ROWS.length; r++) {
                Row row = s.createRow(r + 1);
                row.createCell(0).setCellValue((String) ROWS[r][0]);
                row.createCell(1).setCellValue((String) ROWS[r][1]);
                for (int c = 2; c < 5; c++) {
                    row.createCell(c).setCellValue(((Integer) ROWS[r][c]).doubleValue());
                }
                row.createCell(5).setCellFormula("ROUND(E" + (r + 2) + "*1.05,0)");
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // cache results, as Excel does
            wb.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new java.util.Date(0)));
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }
}
