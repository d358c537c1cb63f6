package vn.vanban.write.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.vanban.layout.Block;
import vn.vanban.layout.Inline;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.Line;
import vn.vanban.layout.PageSection;
import vn.vanban.layout.Role;
import vn.vanban.layout.Table;

/** A plan with every kind of block, long enough to span several pages. */
final class SampleDocument {
    static final String HEADER_CELL = "Nội dung công việc";
    static final String SECOND_HEADER_CELL = "Chủ trì";
    static final String FOOTNOTE_TEXT = "Theo Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2024.";
    static final String SENTENCE = "Các cơ quan, đơn vị, địa phương tổ chức quán triệt, triển khai thực hiện "
            + "nghiêm túc, hiệu quả các nhiệm vụ, giải pháp đã đề ra; tăng cường công tác kiểm tra, giám sát, "
            + "đôn đốc việc thực hiện, kịp thời tháo gỡ khó khăn, vướng mắc phát sinh trong quá trình triển khai. ";

    private SampleDocument() {
    }

    static LayoutDocument build() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.HeaderBlock(
                List.of(line(Role.PARENT_BODY, "ỦY BAN NHÂN DÂN"),
                        new Line(Role.ISSUING_BODY, List.of(Inline.Span.plain("THÀNH PHỐ HÀ NỘI")), Line.Rule.PART),
                        line(Role.NUMBER, "Số: 05/KH-UBND")),
                List.of(line(Role.NATIONAL_TITLE, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                        new Line(Role.MOTTO, List.of(Inline.Span.plain("Độc lập - Tự do - Hạnh phúc")),
                                Line.Rule.TEXT_WIDTH),
                        line(Role.PLACE_DATE, "Hà Nội, ngày 05 tháng 01 năm 2024"))));
        blocks.add(new Block.TitleBlock(List.of(
                line(Role.DOC_TYPE, "KẾ HOẠCH"),
                new Line(Role.SUBJECT, List.of(Inline.Span.plain("Triển khai chuyển đổi số trong công tác văn thư")),
                        Line.Rule.NONE),
                new Line(Role.SUBJECT, List.of(Inline.Span.plain("năm 2024")), Line.Rule.PART))));
        blocks.add(para(Role.HEADING_1, "I. MỤC ĐÍCH, YÊU CẦU"));
        blocks.add(new Block.Paragraph(Role.BODY, List.of(
                Inline.Span.plain("Thực hiện Nghị định số 30/2020/NĐ-CP"),
                new Inline.FootnoteRef(List.of(Inline.Span.plain(FOOTNOTE_TEXT))),
                Inline.Span.plain(" về công tác văn thư, Ủy ban nhân dân Thành phố ban hành Kế hoạch "),
                new Inline.Span("triển khai", true, false, false),
                Inline.Span.plain(" như sau:"))));
        for (int i = 1; i <= 12; i++) {
            if (i % 4 == 1) {
                blocks.add(para(Role.HEADING_2, i / 4 + 1 + ". Nhiệm vụ trọng tâm số " + (i / 4 + 1)));
            }
            blocks.add(para(Role.BODY, SENTENCE.repeat(2 + i % 3).strip()));
        }
        blocks.add(new Block.ListBlock(List.of(
                new Block.ListItem("-", 1, List.of(Inline.Span.plain("Rà soát hồ sơ, tài liệu lưu trữ;"))),
                new Block.ListItem("+", 2, List.of(Inline.Span.plain("Số hóa tài liệu có giá trị sử dụng thường xuyên;"))),
                new Block.ListItem("-", 1, List.of(Inline.Span.plain("Báo cáo kết quả thực hiện."))))));
        blocks.add(para(Role.BODY, SENTENCE.strip() + " ./."));
        blocks.add(new Block.SignatureBlock(
                List.of(line(Role.RECIPIENTS_TITLE, "Nơi nhận:"), line(Role.RECIPIENT, "- Các sở, ban, ngành;"),
                        line(Role.RECIPIENT, "- Lưu: VT, VP.")),
                List.of(line(Role.SIGNER_AUTHORITY, "TM. ỦY BAN NHÂN DÂN"), line(Role.SIGNER_AUTHORITY, "CHỦ TỊCH"),
                        line(Role.SIGNER_NAME, "Nguyễn Văn An"))));

        List<Block> appendix = new ArrayList<>();
        appendix.add(para(Role.APPENDIX_LABEL, "Phụ lục I"));
        appendix.add(para(Role.APPENDIX_TITLE, "DANH MỤC NHIỆM VỤ"));
        appendix.add(new Block.TableBlock(table()));
        return new LayoutDocument("Kế hoạch chuyển đổi số", LocalDate.of(2024, 1, 5), List.of(
                new PageSection(PageSection.Orientation.PORTRAIT, false, blocks),
                new PageSection(PageSection.Orientation.LANDSCAPE, false, appendix)));
    }

    static Table table() {
        List<Table.Column> cols = List.of(new Table.Column(1, Table.Align.CENTER), new Table.Column(6, Table.Align.JUSTIFY),
                new Table.Column(2, Table.Align.LEFT), new Table.Column(2, Table.Align.LEFT));
        List<Table.Row> header = List.of(
                new Table.Row(List.of(cell("STT", 1, 2), cell(HEADER_CELL, 1, 2), cell("Phân công", 2, 1)), true),
                new Table.Row(List.of(cell(SECOND_HEADER_CELL, 1, 1), cell("Phối hợp", 1, 1)), true));
        List<Table.Row> body = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            if (i % 10 == 0) {
                body.add(new Table.Row(List.of(cell(Integer.toString(i), 1, 2), cell("Nhiệm vụ gộp " + i, 1, 2),
                        cell("Sở Nội vụ", 2, 1)), false));
                body.add(new Table.Row(List.of(cell("Văn phòng", 1, 1), cell("Các sở", 1, 1)), false));
            } else {
                body.add(new Table.Row(List.of(cell(Integer.toString(i), 1, 1),
                        cell("Nhiệm vụ số " + i + ": " + SENTENCE.substring(0, 40 + i * 3), 1, 1),
                        cell("Sở Nội vụ", 1, 1), cell("Các sở, ngành", 1, 1)), false));
            }
        }
        return new Table(cols, header, body);
    }

    static Table.Cell cell(String text, int colSpan, int rowSpan) {
        return new Table.Cell(List.of(Inline.Span.plain(text)), colSpan, rowSpan, null, false, false);
    }

    static Line line(Role role, String text) {
        return new Line(role, List.of(Inline.Span.plain(text)), Line.Rule.NONE);
    }

    static Block.Paragraph para(Role role, String text) {
        return new Block.Paragraph(role, List.of(Inline.Span.plain(text)));
    }
}
