package vn.vanban.profile;

import java.util.EnumMap;
import java.util.Map;

import vn.vanban.layout.PageSection.Orientation;
import vn.vanban.layout.Role;
import vn.vanban.layout.Table.Align;

import static vn.vanban.profile.Length.cm;
import static vn.vanban.profile.Length.mm;
import static vn.vanban.profile.Length.pt;

/**
 * Every ND30 measurement in one place (Nghị định 30/2020/NĐ-CP, Phụ lục I). Both writers read it;
 * neither holds a size of its own. Where the decree gives a range, the default picks one value.
 *
 * @param fontFamily             the font name written into DOCX (Word substitutes a metric twin if absent)
 * @param headerLeftShare        share of the text width for the left column of header and signature blocks;
 *                               ND30 practice is about 40%, a little less lets Quốc hiệu at 13 pt bold fit on one line
 * @param partRuleShare          length of the short rules (issuing body, trích yếu) as a share of their text
 * @param signatureSpace         blank space for signature and seal between title and name
 * @param headerDistance         distance from the top edge to the page number
 * @param cellPadding            padding inside table cells, all sides
 * @param tableRuleWidth         width of table borders and header rules
 * @param footnoteSeparatorSpace space above and below the footnote separator line (LibreOffice's footnote
 *                               area for a DOCX: this space, the line of tableRuleWidth, this space, the notes)
 * @param footnoteSeparatorShare length of the footnote separator line as a share of the text width
 */
public record Nd30Profile(String fontFamily, Length pageWidth, Length pageHeight, Margins portrait,
                          Margins landscape, Map<Role, TextStyle> styles, double headerLeftShare,
                          double partRuleShare, Length ruleWidth, Length signatureSpace, Length headerDistance,
                          Length cellPadding, Length tableRuleWidth, Length listIndent,
                          Length footnoteSeparatorSpace, double footnoteSeparatorShare) {

    public record Margins(Length top, Length bottom, Length left, Length right) {
    }

    public Nd30Profile {
        styles = Map.copyOf(styles);
    }

    public TextStyle style(Role role) {
        TextStyle s = styles.get(role);
        if (s == null) {
            throw new IllegalStateException("profile has no style for " + role);
        }
        return s;
    }

    public Margins margins(Orientation o) {
        return o == Orientation.PORTRAIT ? portrait : landscape;
    }

    public Length pageWidth(Orientation o) {
        return o == Orientation.PORTRAIT ? pageWidth : pageHeight;
    }

    public Length pageHeight(Orientation o) {
        return o == Orientation.PORTRAIT ? pageHeight : pageWidth;
    }

    /**
     * Clear space between the lowest ink a line of text can have (its font's descent below the baseline:
     * descenders, the dot below Ạ, Ệ, Ộ) and the top of the rule ND30 draws under it (issuing body,
     * Tiêu ngữ, trích yếu): the rule must read as a rule under the block, not as an underline.
     */
    public Length ruleClearance() {
        return pt(2.5);
    }

    /** Space after the title block (the trích yếu's rule) before the first paragraph of the body. */
    public Length titleSpaceAfter() {
        return pt(6);
    }

    /**
     * Where LibreOffice puts the baseline in a line of exact height: four fifths of the height below its
     * top, whatever the font (its fixed-spacing rule); the PDF writer sets text the same way.
     */
    public static final double FIXED_LINE_ASCENT = 4.0 / 5.0;

    /**
     * How far below the bottom of a line's box (of {@code style}, exact height) the top of the rule under
     * it lies, so that {@link #ruleClearance()} separates it from the font's descent line; in whole twips,
     * as the DOCX stores it. {@code descent} is the font's descent as a share of the size.
     */
    public Length ruleDrop(TextStyle style, double descent) {
        double line = style.lineHeight().points();
        double below = style.size().points() * descent + ruleClearance().points() - line * (1 - FIXED_LINE_ASCENT);
        return Length.fromTwips(Math.max(1, (long) Math.ceil(below * 20 - 1e-9)));
    }

    /** Width between the left and right margins. */
    public Length textWidth(Orientation o) {
        Margins m = margins(o);
        return pageWidth(o).minus(m.left()).minus(m.right());
    }

    /**
     * A redline's change bar (vanban so-sanh PDF): how far left of the text it stands and how wide it
     * is. Not an ND30 measurement: a reviewing aid in the left margin, never in a document sent out.
     */
    public Length changeBarGap() {
        return mm(5);
    }

    public Length changeBarWidth() {
        return pt(1.5);
    }

    /** The decree's defaults as vanban applies them: the 13/14/14 size set, body 14 pt. */
    public static Nd30Profile defaults() {
        Length body = pt(14);
        Length bodyLine = pt(17);
        Length none = pt(0);
        Length indent = cm(1.27);
        Length paraGap = pt(6);
        TextStyle bodyStyle = new TextStyle(body, false, false, Align.JUSTIFY, indent, none, paraGap, bodyLine, false);
        TextStyle centred = new TextStyle(body, false, false, Align.CENTER, none, none, none, bodyLine, false);
        TextStyle headerLine = new TextStyle(pt(13), false, false, Align.CENTER, none, none, none, pt(15), false);

        Map<Role, TextStyle> s = new EnumMap<>(Role.class);
        s.put(Role.PARENT_BODY, headerLine);
        s.put(Role.ISSUING_BODY, headerLine.withBold(true));
        // ND30 sets the issuing body at 12-13 pt: a line too long for its column at 13 pt is set at 12.
        s.put(Role.ISSUING_BODY_FITTED, headerLine.withBold(true).withSize(pt(12)));
        s.put(Role.NUMBER, headerLine.withSpacing(pt(6), none));
        s.put(Role.CONG_VAN_SUBJECT, new TextStyle(pt(12), false, false, Align.CENTER, none, pt(6), none, pt(14), false));
        s.put(Role.NATIONAL_TITLE, headerLine.withBold(true));
        s.put(Role.MOTTO, centred.withBold(true));
        s.put(Role.PLACE_DATE, centred.withItalic(true).withSpacing(pt(6), none));

        s.put(Role.DOC_TYPE, centred.withBold(true).withSpacing(pt(24), none).keepingWithNext());
        s.put(Role.SUBJECT, centred.withBold(true).keepingWithNext());
        // Kính gửi follows the title block, whose space after (titleSpaceAfter) stands before it: no space
        // before of its own, as LibreOffice would take only the larger of the two and the PDF would add them.
        s.put(Role.RECIPIENT_TO, centred.withSpacing(none, pt(6)));
        // ND30: several addressees go one per line, their dashes level with each other under the colon
        // of "Kính gửi:". The colon of "Kính gửi:" at 14 pt ends 53 pt after the words begin.
        TextStyle to = new TextStyle(body, false, false, Align.LEFT, cm(3.5), none, none, bodyLine, true);
        s.put(Role.RECIPIENT_TO_LEAD, to);
        s.put(Role.RECIPIENT_TO_ITEM, to.withIndent(cm(3.5).plus(pt(49))));

        s.put(Role.BODY, bodyStyle);
        s.put(Role.LIST_ITEM, bodyStyle);
        s.put(Role.BASIS, bodyStyle.withItalic(true));
        s.put(Role.NOTE, bodyStyle.withItalic(true));
        s.put(Role.CENTERED, centred.withSpacing(none, paraGap));
        // No space before body paragraphs: Word and LibreOffice differ on whether the space after one
        // paragraph and before the next add up or overlap, so only space after is used in the flow.
        s.put(Role.HEADING_1, bodyStyle.withBold(true).keepingWithNext());
        s.put(Role.HEADING_2, bodyStyle.withBold(true).keepingWithNext());
        s.put(Role.HEADING_3, bodyStyle.withBold(true).withItalic(true).keepingWithNext());
        s.put(Role.HEADING_4, bodyStyle.withItalic(true).keepingWithNext());

        s.put(Role.RECIPIENTS_TITLE, new TextStyle(pt(12), true, true, Align.LEFT, none, none, none, pt(14), false));
        s.put(Role.RECIPIENT, new TextStyle(pt(11), false, false, Align.LEFT, none, none, none, pt(13), false));
        s.put(Role.SIGNER_AUTHORITY, centred.withBold(true));
        s.put(Role.SIGNER_NAME, centred.withBold(true));

        s.put(Role.APPENDIX_LABEL, centred.withBold(true));
        s.put(Role.APPENDIX_TITLE, centred.withBold(true));
        s.put(Role.APPENDIX_NOTE, centred.withItalic(true).withSpacing(none, pt(12)));
        // "TÊN ĐƠN VỊ ......" of report forms: the header block's left-column size, at the margin.
        s.put(Role.APPENDIX_UNIT, headerLine.withBold(true).withAlign(Align.LEFT).withSpacing(none, pt(6)));

        TextStyle cell = new TextStyle(pt(12), false, false, Align.LEFT, none, none, none, pt(14), false);
        s.put(Role.TABLE_CELL, cell);
        s.put(Role.TABLE_MEASURE, cell.withItalic(true).withAlign(Align.RIGHT).withSpacing(none, pt(3)));
        s.put(Role.TABLE_HEADER, cell.withBold(true).withAlign(Align.CENTER));
        s.put(Role.FOOTNOTE, new TextStyle(pt(10), false, false, Align.JUSTIFY, none, none, none, pt(12), false));
        s.put(Role.PAGE_NUMBER, centred);

        return new Nd30Profile("Times New Roman", mm(210), mm(297),
                new Margins(mm(25), mm(20), mm(35), mm(20)),
                new Margins(mm(20), mm(15), mm(30), mm(15)),
                s, 0.36, 0.4, pt(0.75), mm(28), mm(12), pt(3), pt(0.5), cm(1.27), mm(1), 0.25);
    }
}
