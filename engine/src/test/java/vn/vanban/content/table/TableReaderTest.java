package vn.vanban.content.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.content.ContentBlock;
import vn.vanban.content.DocTypes;
import vn.vanban.content.Document;
import vn.vanban.content.DocumentReader;
import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Messages;
import vn.vanban.load.YamlLoader;
import vn.vanban.load.TemplateSource;

/** Tables as the clerk writes them: spans, numbering, computed cells and every located error. */
class TableReaderTest {
    private static final String HEAD = """
            loai: ke-hoach
            co-quan-ban-hanh: ỦY BAN NHÂN DÂN XÃ A
            ky-hieu: KH-UBND
            trich-yeu: Thử
            noi-nhan: ["Lưu: VT"]
            ky: {chuc-vu: CHỦ TỊCH, ho-ten: Nguyễn Văn A}
            noi-dung:
              - bang:
            """;
    private final DocumentReader reader = new DocumentReader(DocTypes.load(TemplateSource.defaults()));
    private final Messages vi = Messages.forLanguage("vi");

    private record Read(DataTable table, List<String> messages) {
    }

    /** {@code table} is the body of {@code bang:}, indented by 6 spaces in the document. */
    private Read read(Path file, String table) {
        String yaml = HEAD + table.indent(6);
        Diagnostics d = new Diagnostics();
        Document doc = reader.read(file, new YamlLoader().parse(file, yaml.getBytes(StandardCharsets.UTF_8)), d);
        DataTable t = doc == null || doc.body().isEmpty() ? null : ((ContentBlock.TableBlock) doc.body().get(0)).table();
        return new Read(t, d.all().stream().map(x -> x.format(vi)).toList());
    }

    private Read read(String table) {
        return read(Path.of("test.yaml"), table);
    }

    /** Line of the table's YAML (1-based, as typed in the test) in the document. */
    private static int line(int tableLine) {
        return HEAD.split("\n").length + tableLine;
    }

    @Test
    void columnTreeGivesHeaderSpans() {
        Read r = read("""
                cot:
                  - {ten: Thứ tự, ma: so}
                  - {ten: Cấp quản lý, ma: ten}
                  - ten: Số lượng (người)
                    cot-con:
                      - ten: Chuyên trách
                        cot-con: [{ten: Nam, ma: a}, {ten: Nữ, ma: b}]
                      - {ten: Tổng số, ma: c, tinh: {cong: [a, b]}}
                  - {ten: Ghi chú, ma: d, kieu: chu}
                dong: [Cấp tỉnh]
                """);
        assertEquals(List.of(), r.messages());
        List<GridRow> h = r.table().header();
        assertEquals(3, h.size());
        assertEquals(List.of("Thứ tự/1x3", "Cấp quản lý/1x3", "Số lượng (người)/3x1", "Ghi chú/1x3"), spans(h.get(0)));
        assertEquals(List.of("Chuyên trách/2x1", "Tổng số/1x2"), spans(h.get(1)));
        assertEquals(List.of("Nam/1x1", "Nữ/1x1"), spans(h.get(2)));
        assertEquals(5 + 1, r.table().leaves().size());
    }

    @Test
    void untitledSubColumnsLeaveTheParentCellReachingDown() {
        Read r = read("""
                cot:
                  - ten: Các mục tiêu, chỉ tiêu
                    cot-con: [{ma: so}, {ma: ten}]
                  - ten: Đánh giá
                    cot-con: [{ten: Đạt, ma: dat}, {ten: Vượt, cot-con: [{ma: v1}, {ma: v2}]}]
                dong: [Một]
                """);
        assertEquals(List.of(), r.messages());
        assertEquals(List.of("Các mục tiêu, chỉ tiêu/2x2", "Đánh giá/3x1"), spans(r.table().header().get(0)));
        assertEquals(List.of("Đạt/1x1", "Vượt/2x1"), spans(r.table().header().get(1)));
    }

    @Test
    void rowsAreNumberedInTheStylesAsked() {
        Read r = read("""
                danh-so: [la-ma, so, so-cap, chu]
                cot: [{ten: TT, ma: so}, {ten: Tên, ma: ten}]
                dong:
                  - ten: Cấp tỉnh
                    con:
                      - ten: Một
                        con:
                          - ten: Một chấm một
                            con: [A, B]
                          - {so: "", ten: Không số}
                          - Một chấm hai
                      - {so: "7a", ten: Số riêng}
                      - {so: auto, ten: Hai}
                  - Cấp huyện
                  - {loai: tong}
                """);
        assertEquals(List.of(), r.messages());
        assertEquals(List.of("I", "1", "1.1", "a", "b", "", "1.2", "7a", "2", "II", ""),
                r.table().flatRows().stream().map(TableRow::label).toList());
        assertEquals("Tổng cộng", r.table().flatRows().get(10).name());
    }

    @Test
    void groupRowsCountApartAndSpanTheWidth() {
        Read r = read("""
                danh-so: [{kieu: so, tien-to: Chỉ tiêu}, khong]
                danh-so-nhom: {kieu: so, tien-to: Mục tiêu}
                cot: [{ten: TT, ma: so}, {ten: Tên, ma: ten}, {ten: ĐVT, ma: dvt, kieu: chu}]
                dong:
                  - {loai: nhom, ten: Về sức khỏe}
                  - ten: Số xã
                    gop-dong: {so: con}
                    con: [Tỷ lệ xã]
                  - {loai: nhom, ten: Về bảo vệ}
                  - Số trẻ em
                """);
        assertEquals(List.of(), r.messages());
        List<GridRow> b = r.table().body();
        assertEquals(List.of("Mục tiêu 1/1x1", "Về sức khỏe/2x1"), spans(b.get(0)));
        assertEquals(List.of("Chỉ tiêu 1/1x2", "Số xã/1x1", "/1x1"), spans(b.get(1)));
        assertEquals(List.of("Tỷ lệ xã/1x1", "/1x1"), spans(b.get(2)));
        assertEquals(List.of("Chỉ tiêu 2/1x1", "Số trẻ em/1x1", "/1x1"), spans(b.get(4)));
        assertTrue(b.get(0).bold());
    }

    private static final String BUDGET = """
            danh-so: [so, chu]
            cot:
              - {ten: TT, ma: so}
              - {ten: Chỉ tiêu, ma: ten}
              - {ten: Kế hoạch, ma: kh}
              - {ten: Kết quả, ma: kq}
              - {ten: Đạt KH, ma: dat, tinh: {danh-gia: dat, so-sanh: kq/kh}}
              - {ten: Không đạt KH, ma: khong, tinh: {danh-gia: khong-dat, so-sanh: kq/kh}}
              - {ten: Vượt KH, ma: vuot, don-vi: "%", tinh: {danh-gia: vuot, so-sanh: kq/kh, hien: ty-le}}
              - {ten: Tỷ lệ, ma: tl, don-vi: "‰", thap-phan: 2, tinh: {ty-le: kq/kh, nhan: 1000}}
            dong:
              - ten: Ngân sách
                id: ns
                tinh: tong
                con:
                  - {ten: Tỉnh, gia-tri: {kh: 200000, kq: 210600}}
                  - {ten: Huyện, gia-tri: {kh: 132600, kq: 122000}}
              - {ten: Vận động, id: vd, gia-tri: {kh: 1000, kq: 1000}}
              - {ten: Tỷ lệ suy dinh dưỡng, chieu: giam, gia-tri: {kh: 12, kq: 11}}
              - {ten: Tỷ lệ tử vong, chieu: giam, gia-tri: {kh: 12, kq: 12}}
              - {loai: tong, cong: [ns, vd], gia-tri: {kh: TOTAL_KH}}
            """;

    @Test
    void parentsAndTotalsAddUpAndVerdictsFollowTheDirection() {
        Read r = read(BUDGET.replace("TOTAL_KH", "333600"));
        assertEquals(List.of(), r.messages());
        List<TableRow> rows = r.table().flatRows();
        assertEquals("332.600", cell(r, 0, 2));
        assertEquals("332.600", cell(r, 0, 3));
        assertEquals("x", cell(r, 0, 4)); // equal: met
        assertEquals("105,3", cell(r, 1, 6)); // Tỉnh exceeded: the percentage shows under Vượt KH
        assertEquals("x", cell(r, 2, 5)); // Huyện not met
        assertEquals("920,06", cell(r, 2, 7));
        // Lower is better: below the plan exceeds it (Vượt KH), never "không đạt".
        assertEquals("", cell(r, 4, 4));
        assertEquals("", cell(r, 4, 5));
        assertEquals("91,7", cell(r, 4, 6));
        assertEquals("x", cell(r, 5, 4)); // at the plan: met
        assertEquals("333.600", cell(r, 6, 2));
        assertEquals(RowKind.TOTAL, rows.get(6).kind());
    }

    @Test
    void aTypedTotalThatDisagreesIsAnErrorWithBothNumbersAtItsPlace() {
        Read r = read(BUDGET.replace("TOTAL_KH", "333000"));
        int line = line(BUDGET.split("\n").length);
        assertEquals(List.of("test.yaml:" + line + ":54: lỗi: cột \"Kế hoạch\", dòng \"Tổng cộng\": số đã ghi là 333.000"
                + " nhưng tính ra 333.600. Sửa số đã ghi (hoặc các số được cộng), hoặc xóa số đã ghi để vanban tự tính"),
                r.messages());
    }

    @Test
    void formattedNumbersAreRefusedWithTheBareNumberToWrite() {
        Read r = read("""
                cot: [{ten: Tên, ma: ten}, {ten: Kinh phí, ma: kp}, {ten: Tỷ lệ, ma: tl, thap-phan: 1}]
                dong:
                  - {ten: A, gia-tri: {kp: "1.234"}}
                  - {ten: B, gia-tri: {kp: 332.600}}
                  - {ten: C, gia-tri: {tl: "25,6"}}
                  - {ten: D, gia-tri: {kp: nhiều}}
                """);
        List<String> m = r.messages();
        assertEquals(3, m.size(), m.toString());
        assertTrue(m.get(0).startsWith("test.yaml:" + line(3) + ":34: lỗi: \"1.234\" ở cột số \"Kinh phí\" là chữ"), m.get(0));
        assertTrue(m.get(0).endsWith(": 1234"), m.get(0));
        assertTrue(m.get(1).contains("hãy ghi 332600"), m.get(1));
        assertTrue(m.get(2).endsWith(": 25.6"), m.get(2));
        // A word beside numbers is no mistake (issue 14): it prints as typed.
        assertEquals("nhiều", r.table().body().get(3).cells().get(1).text());
    }

    /** Issue 14, item 6: a decimal comma in a flow mapping, and a comma in a column title, get a hint. */
    @Test
    void commasThatYamlSplitsAreExplained() {
        Read r = read("""
                cot: [{ten: Tên, ma: ten}, {ten: Tỷ lệ, ma: tl, thap-phan: 1}, {ten: Tờ rơi, sách mỏng, ma: tr}]
                dong:
                  - {ten: A, gia-tri: {tl: 13,8}}
                """);
        List<String> m = r.messages();
        assertEquals(2, m.size(), m.toString());
        assertTrue(m.get(0).startsWith("test.yaml:" + line(1) + ":"), m.get(0));
        assertTrue(m.get(0).contains("tên cột có dấu phẩy nên YAML tách \"sách mỏng\" thành một khóa"), m.get(0));
        assertEquals("test.yaml:" + line(3) + ":34: lỗi: YAML đọc \"13,8\" thành hai phần vì dấu phẩy; trong YAML số thập"
                + " phân dùng dấu chấm: ghi 13.8", m.get(1));
    }

    /** Issue 14, item 4: a number column without thap-phan prints each typed number with its decimals. */
    @Test
    void decimalsAsTypedPerCell() {
        Read r = read("""
                cot: [{ten: Tên, ma: ten}, {ten: Diện tích (ha), ma: dt}, {ten: Tỷ lệ, ma: tl, thap-phan: 1}]
                dong:
                  - {ten: A, gia-tri: {dt: 2.5, tl: 10}}
                  - {ten: B, gia-tri: {dt: 3, tl: 20}}
                  - {ten: C, gia-tri: {dt: 0.25}}
                  - {loai: tong, gop: [ten, ten]}
                """);
        assertEquals(List.of(), r.messages());
        List<String> dt = r.table().body().stream().map(g -> g.cells().get(1).text()).toList();
        assertEquals(List.of("2,5", "3", "0,25", "5,75"), dt);
        assertEquals("10,0", r.table().body().get(0).cells().get(2).text(), "a column with thap-phan keeps it");
    }

    @Test
    void mergesThatClashAreReportedAtTheRow() {
        Read r = read("""
                cot: [{ten: Tên, ma: ten}, {ten: Cơ quan, ma: cq, kieu: chu}]
                dong:
                  - {ten: A, gia-tri: {cq: Y tế}, gop-dong: {cq: 2}}
                  - {ten: B, gia-tri: {cq: Công an}}
                  - {ten: C, gop-dong: {cq: 5}}
                """);
        assertEquals(List.of(
                "test.yaml:" + line(4) + ":11: lỗi: ô cột \"Cơ quan\" có nội dung \"Công an\" nhưng đã bị ô của dòng trên gộp xuống;"
                        + " bỏ nội dung này hoặc giảm \"gop-dong\" của dòng trên",
                "test.yaml:" + line(5) + ":11: lỗi: ô cột \"Cơ quan\" gộp 5 dòng nhưng từ dòng này đến cuối bảng chỉ còn 1 dòng"),
                r.messages());
    }

    // ---- data from files ----

    private static final String FROM_FILE = """
            cot: [{ten: Mã, ma: so}, {ten: Tên, ma: ten}, {ten: Kết quả, ma: kq}]
            nguon:
              tep: TEP
              trang: SHEET
              cot: {ten: Tên, kq: COLUMN}
            """;

    private static Path project(Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("du-an/content"));
        Files.createDirectories(dir.resolve("du-an/content/so-lieu"));
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var s = wb.createSheet("PL4");
            var h = s.createRow(0);
            h.createCell(0).setCellValue("Tên");
            h.createCell(1).setCellValue("Kết quả");
            var r = s.createRow(1);
            r.createCell(0).setCellValue("Tỉnh");
            r.createCell(1).setCellValue(1200);
            try (OutputStream out = Files.newOutputStream(content.resolve("so-lieu/a.xlsx"))) {
                wb.write(out);
            }
        }
        Files.writeString(dir.resolve("ngoai.csv"), "Tên,Kết quả\nA,1\n");
        Files.writeString(content.resolve("so-lieu/b.csv"), "\uFEFFTên,Kết quả\n\"Huyện, xã\",2500.5\n");
        return content.resolve("van-ban.yaml");
    }

    private Read fromFile(Path file, String tep, String sheet, String column) {
        return read(file, FROM_FILE.replace("TEP", tep).replace("SHEET", sheet).replace("COLUMN", column));
    }

    @Test
    void spreadsheetRowsBecomeTableRows(@TempDir Path dir) throws Exception {
        Path file = project(dir);
        Read r = fromFile(file, "so-lieu/a.xlsx", "PL4", "Kết quả");
        assertEquals(List.of(), r.messages());
        assertEquals(List.of("1/1x1", "Tỉnh/1x1", "1.200/1x1"), spans(r.table().body().get(0)));
        Read csv = read(file, FROM_FILE.replace("TEP", "so-lieu/b.csv").replace("  trang: SHEET\n", "")
                .replace("COLUMN", "Kết quả").replace("{ten: Kết quả, ma: kq}", "{ten: Kết quả, ma: kq, thap-phan: 1}"));
        assertEquals(List.of(), csv.messages());
        assertEquals(List.of("1/1x1", "Huyện, xã/1x1", "2.500,5/1x1"), spans(csv.table().body().get(0)));
    }

    @Test
    void aPathLeavingTheProjectIsRefused(@TempDir Path dir) throws Exception {
        Path file = project(dir);
        Read r = fromFile(file, "../../ngoai.csv", "PL4", "Kết quả");
        assertEquals(1, r.messages().size(), r.messages().toString());
        assertTrue(r.messages().get(0).startsWith(file + ":" + line(3) + ":14: lỗi: tệp số liệu \"../../ngoai.csv\" nằm ngoài"
                + " thư mục dự án"), r.messages().get(0));
        Read abs = fromFile(file, dir.resolve("ngoai.csv").toString(), "PL4", "Kết quả");
        assertTrue(abs.messages().get(0).contains("nằm ngoài thư mục dự án"), abs.messages().toString());
    }

    @Test
    void aMissingFileSheetOrColumnIsLocatedAndSaysWhatExists(@TempDir Path dir) throws Exception {
        Path file = project(dir);
        assertEquals(List.of(file + ":" + line(3) + ":14: lỗi: không tìm thấy tệp số liệu \"so-lieu/c.xlsx\" (đường dẫn tính từ"
                + " thư mục của tệp nội dung); trong thư mục đó có: a.xlsx, b.csv"),
                fromFile(file, "so-lieu/c.xlsx", "PL4", "Kết quả").messages());
        assertEquals(List.of(file + ":" + line(4) + ":16: lỗi: tệp \"so-lieu/a.xlsx\" không có trang tính (sheet) \"PL5\";"
                + " các trang có: PL4"), fromFile(file, "so-lieu/a.xlsx", "PL5", "Kết quả").messages());
        assertEquals(List.of(file + ":" + line(5) + ":29: lỗi: tệp \"so-lieu/a.xlsx\" không có cột \"Kết qua\" ở dòng tiêu đề;"
                + " các cột có: \"Tên\", \"Kết quả\""), fromFile(file, "so-lieu/a.xlsx", "PL4", "Kết qua").messages());
    }

    private String cell(Read r, int row, int col) {
        return r.table().body().get(row).cells().get(col).text();
    }

    private static List<String> spans(GridRow row) {
        return row.cells().stream().map(c -> c.text() + "/" + c.colSpan() + "x" + c.rowSpan()).toList();
    }

    @Test
    void aCommaInAnUnquotedNameIsExplained() {
        Read r = read("""
                cot: [{ten: TT, ma: so}, {ten: Nội dung, ma: ten}]
                dong:
                  - {ten: Tờ rơi, sách mỏng}
                """);
        assertEquals(List.of("test.yaml:" + line(3) + ":25: lỗi: tên dòng có dấu phẩy nên YAML tách \"sách mỏng\" thành một khóa;"
                + " đặt cả tên trong ngoặc kép, ví dụ ten: \"Tờ rơi, sách mỏng\""), r.messages());
    }
}
