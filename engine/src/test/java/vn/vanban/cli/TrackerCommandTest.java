package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.TestPaths;

/** {@code vanban phan-cong}: the plan's tasks as a tracker spreadsheet, read back with POI (issue 14, item 3). */
class TrackerCommandTest {
    @TempDir
    Path dir;

    private static List<List<String>> rows(Path xlsx) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals("Phân công", s.getSheetName());
            for (Row r : s) {
                List<String> cells = new ArrayList<>();
                for (Cell c : r) {
                    cells.add(c.getStringCellValue());
                }
                out.add(cells);
            }
        }
        return out;
    }

    @Test
    void tasksWithLeadPartnersDeadlineAndAnEmptyStatus() throws Exception {
        Path plan = TestPaths.content("thai-nguyen-ke-hoach-tre-em-2026.yaml");
        Path out = dir.resolve("phan-cong.xlsx");
        CliRun r = CliRun.run(List.of("phan-cong", plan.toString(), "-o", out.toString()));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("(6 nhiệm vụ)"), r.out());
        List<List<String>> rows = rows(out);
        assertTrue(rows.get(0).get(0).startsWith("Theo dõi thực hiện: Thực hiện Chương trình hành động vì trẻ em"));
        assertEquals(List.of("Số TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện",
                "Tình trạng thực hiện"), rows.get(1));
        assertEquals(2 + 6, rows.size());
        List<String> second = rows.get(3);
        assertEquals("2", second.get(0));
        assertTrue(second.get(1).startsWith("Nâng cao chất lượng dịch vụ chăm sóc sức khỏe ban đầu"), second.get(1));
        assertTrue(second.get(1).endsWith("để đạt các chỉ tiêu 1, 2, 3."), second.get(1));
        assertEquals(List.of("Sở Y tế", "Sở Tài chính; Ủy ban nhân dân các xã, phường", "2026 - 2030", ""),
                second.subList(2, 6));

        // Same plan, same bytes; and a filled-in tracker is never overwritten.
        Path again = dir.resolve("lan-hai.xlsx");
        assertEquals(0, CliRun.run(List.of("phan-cong", plan.toString(), "-o", again.toString())).exit());
        assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(again));
        CliRun twice = CliRun.run(List.of("phan-cong", plan.toString(), "-o", out.toString()));
        assertEquals(1, twice.exit());
        assertTrue(twice.err().contains("không ghi đè"), twice.err());
    }

    @Test
    void withoutOutputItSaysHowToCallIt() {
        CliRun r = CliRun.run(List.of("phan-cong", "content/x.yaml"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("vanban phan-cong KẾ_HOẠCH.yaml -o TỆP.xlsx"), r.err());
    }
}
