package vn.vanban.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.vanban.content.Document;

/**
 * {@code vanban phan-cong}: a plan's tasks as a tracker spreadsheet for the office that follows them
 * up: number as in the plan, content, lead, partners, deadline, and an empty status column to fill.
 * Deterministic: the same plan gives the same bytes (fixed zip entry times, no creation date).
 */
public final class TaskSheet {
    static final List<String> HEADERS = List.of("Số TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
            "Thời gian thực hiện", "Tình trạng thực hiện");
    private static final int[] WIDTHS = {8, 70, 28, 40, 22, 24};

    private TaskSheet() {
    }

    /** The number of tasks a plan gives the tracker (for the CLI's message). */
    public static int taskCount(Document plan) {
        return PlanTasks.of(plan).size();
    }

    public static byte[] xlsx(Document plan) {
        List<PlanTask> tasks = PlanTasks.of(plan);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Phân công");
            CellStyle head = style(wb, true);
            CellStyle body = style(wb, false);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Theo dõi thực hiện: " + String.join(" ", plan.subject()));
            Row h = sheet.createRow(2);
            for (int c = 0; c < HEADERS.size(); c++) {
                h.createCell(c).setCellValue(HEADERS.get(c));
                h.getCell(c).setCellStyle(head);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 3;
            for (PlanTask t : tasks) {
                Row row = sheet.createRow(r++);
                String[] v = {t.label().replaceAll("\\.$", ""), t.text().plain().strip(), nz(t.lead()),
                        nz(t.support()), nz(t.time()), ""};
                for (int c = 0; c < v.length; c++) {
                    row.createCell(c).setCellValue(v[c]);
                    row.getCell(c).setCellStyle(body);
                }
            }
            sheet.createFreezePane(0, 3);
            // POI dates the file "now": a fixed date keeps the bytes the same from run to run.
            wb.getProperties().getCoreProperties().setCreated(
                    java.util.Optional.of(new java.util.Date(315532800000L)));
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(2, Math.max(2, r - 1), 0, HEADERS.size() - 1));
            wb.write(bytes);
            return fixedTimes(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static CellStyle style(XSSFWorkbook wb, boolean header) {
        CellStyle s = wb.createCellStyle();
        Font f = wb.createFont();
        f.setFontName("Times New Roman");
        f.setFontHeightInPoints((short) 12);
        f.setBold(header);
        s.setFont(f);
        s.setWrapText(true);
        s.setVerticalAlignment(header ? VerticalAlignment.CENTER : VerticalAlignment.TOP);
        if (header) {
            s.setAlignment(HorizontalAlignment.CENTER);
        }
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    /** The zip again with every entry dated 1980-01-01, so the bytes do not depend on the clock. */
    private static byte[] fixedTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry n = new ZipEntry(e.getName());
                n.setTimeLocal(java.time.LocalDateTime.of(1980, 1, 1, 0, 0));
                z.putNextEntry(n);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
