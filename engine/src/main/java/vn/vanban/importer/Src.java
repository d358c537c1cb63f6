package vn.vanban.importer;

import java.util.List;

/**
 * What a reader gives the recogniser: the source document as a flat list of paragraphs and
 * tables, each with where it came from (so a warning can say "đoạn 12" or "trang 3").
 */
public sealed interface Src permits Src.Para, Src.Table {
    /** Where in the source: "đoạn 12", "dòng 40", "trang 3". */
    String where();

    /** How a paragraph was set in the source, when the reader can tell (DOCX styles, PDF fonts). */
    enum Role {
        NONE, PARENT_BODY, ISSUING_BODY, NATIONAL, NUMBER, PLACE_DATE, DOC_TYPE, SUBJECT, HEADING, BODY, LIST, NOTE,
        CENTERED, RECIPIENTS_TITLE, RECIPIENT, SIGNER, SIGNER_NAME, APPENDIX_LABEL, APPENDIX_TITLE, APPENDIX_NOTE,
        APPENDIX_UNIT, APPENDIX_SUBTITLE, UNIT_LINE, ADDRESSEE
    }

    /**
     * One paragraph. {@code text} is content-format markup already (clerk text with {@code *}, {@code ^},
     * {@code [} escaped, bold/italic as marks, footnote references as {@code [^id]}); {@code plain} is
     * what a reader sees. {@code autoLabel} is Word's automatic number ("1.", "a)") when the paragraph
     * has one; it is not part of the text.
     */
    record Para(String text, String plain, Role role, boolean bold, boolean italic, boolean centered,
                String autoLabel, boolean pageBreakBefore, String where) implements Src {
        public Para withText(String markup) {
            return new Para(markup, Marks.plain(markup), role, bold, italic, centered, autoLabel, pageBreakBefore,
                    where);
        }
    }

    /** One cell of a table: its markup text, and how many grid columns/rows it covers. */
    record Cell(String text, int colSpan, int rowSpan, boolean bold) {
    }

    /**
     * A table; {@code headerRows} is how many rows at the top are headings (0 when unknown);
     * {@code widths} the grid columns' widths when the source gives them (else empty).
     */
    record Table(List<List<Cell>> rows, int headerRows, String where, List<Double> widths) implements Src {
        public Table(List<List<Cell>> rows, int headerRows, String where) {
            this(rows, headerRows, where, List.of());
        }
    }
}
