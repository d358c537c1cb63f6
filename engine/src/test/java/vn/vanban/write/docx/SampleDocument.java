package vn.vanban.write.docx;

import java.time.LocalDate;
import java.util.List;

import vn.vanban.layout.Block;
import vn.vanban.layout.Inline;
import vn.vanban.layout.Inline.Span;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.Line;
import vn.vanban.layout.PageSection;
import vn.vanban.layout.PageSection.Orientation;
import vn.vanban.layout.Role;
import vn.vanban.layout.Table;
import vn.vanban.layout.Table.Align;

/** A small plan with every kind of block, as the layout stage would hand it to a writer. */
final class SampleDocument {
    static final String TITLE = "Kế hoạch chuyển đổi số năm 2020";
    static final LocalDate DATE = LocalDate.of(2020, 1, 5);
    static final String FOOTNOTE_TEXT = "Theo Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020.";

    private SampleDocument() {
    }

    static LayoutDocument create() {
        return new LayoutDocument(TITLE, DATE, List.of(
                new PageSection(Orientation.PORTRAIT, false, mainBlocks()),
                new PageSection(Orientation.LANDSCAPE, false, appendixBlocks())));
    }

    static Line line(Role role, String text) {
        return new Line(role, List.of(Span.plain(text)), Line.Rule.NONE);
    }

    static Line line(Role role, String text, Line.Rule rule) {
        return new Line(role, List.of(Span.plain(text)), rule);
    }

    static Block.Paragraph para(Role role, String text) {
        return new Block.Paragraph(role, List.of(Span.plain(text)));
    }

    private static List<Block> mainBlocks() {
        Block header = new Block.HeaderBlock(
                List.of(line(Role.PARENT_BODY, "UBND TỈNH BẮC NINH"),
                        line(Role.ISSUING_BODY, "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", Line.Rule.PART)),
                List.of(line(Role.NATIONAL_TITLE, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                        line(Role.MOTTO, "Độc lập - Tự do - Hạnh phúc", Line.Rule.TEXT_WIDTH)),
                List.of(line(Role.NUMBER, "Số: 05/KH-STTTT")),
                List.of(line(Role.PLACE_DATE, "Bắc Ninh, ngày 05 tháng 01 năm 2020")));
        Block title = new Block.TitleBlock(List.of(
                line(Role.DOC_TYPE, "KẾ HOẠCH"),
                line(Role.SUBJECT, "Chuyển đổi số của Sở Thông tin và Truyền thông"),
                line(Role.SUBJECT, "năm 2020", Line.Rule.PART)));
        Block body = new Block.Paragraph(Role.BODY, List.of(
                Span.plain("Thực hiện Chương trình chuyển đổi số quốc gia"),
                new Inline.FootnoteRef(List.of(Span.plain(FOOTNOTE_TEXT))),
                Span.plain(", Sở ban hành kế hoạch với diện tích "),
                new Span("100 m", false, false, false),
                new Span("2", false, false, true),
                Span.plain(" và các nội dung "),
                new Span("trọng tâm", true, false, false),
                Span.plain(", "),
                new Span("cấp bách", false, true, false),
                Span.plain("."),
                new Inline.LineBreak(),
                Span.plain("Dòng thứ hai.")));
        Block list = new Block.ListBlock(List.of(
                new Block.ListItem("-", 1, List.of(Span.plain("Hoàn thiện hạ tầng số;"))),
                new Block.ListItem("+", 2, List.of(Span.plain("Nâng cấp mạng LAN.")))));
        Block signature = new Block.SignatureBlock(
                List.of(line(Role.RECIPIENTS_TITLE, "Nơi nhận:"),
                        line(Role.RECIPIENT, "- UBND tỉnh (b/c);"),
                        line(Role.RECIPIENT, "- Lưu: VT, VP.")),
                List.of(line(Role.SIGNER_AUTHORITY, "GIÁM ĐỐC"),
                        line(Role.SIGNER_NAME, "Nguyễn Văn An")));
        return List.of(header, title,
                para(Role.HEADING_1, "I. MỤC ĐÍCH, YÊU CẦU"),
                para(Role.HEADING_2, "1. Mục đích"),
                body,
                para(Role.HEADING_3, "1.1. Hạ tầng"),
                para(Role.HEADING_4, "a) Mạng"),
                list,
                new Block.Spacer(2),
                para(Role.BODY, "Trên đây là Kế hoạch của Sở./."),
                signature);
    }

    private static List<Block> appendixBlocks() {
        Table table = new Table(
                List.of(new Table.Column(1, Align.CENTER), new Table.Column(4, Align.LEFT), new Table.Column(2, Align.RIGHT)),
                List.of(
                        new Table.Row(List.of(cell("TT", 1, 2), cell("Nội dung", 2, 1)), false),
                        new Table.Row(List.of(cell("Tên", 1, 1), cell("Kinh phí", 1, 1)), false)),
                List.of(
                        new Table.Row(List.of(cell("1", 1, 1), cell("Mua máy chủ", 1, 1), cell("500", 1, 1)), false),
                        new Table.Row(List.of(cell("", 1, 1), cell("Tổng cộng", 1, 1), cell("500", 1, 1)), true)));
        return List.of(
                para(Role.APPENDIX_LABEL, "Phụ lục I"),
                para(Role.APPENDIX_TITLE, "DANH MỤC NHIỆM VỤ"),
                para(Role.APPENDIX_NOTE, "(Kèm theo Kế hoạch số 05/KH-STTTT ngày 05 tháng 01 năm 2020)"),
                new Block.TableBlock(table));
    }

    private static Table.Cell cell(String text, int colSpan, int rowSpan) {
        return new Table.Cell(List.of(Span.plain(text)), colSpan, rowSpan, null, false, false);
    }
}
