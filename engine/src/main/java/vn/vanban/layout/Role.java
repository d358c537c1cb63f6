package vn.vanban.layout;

/**
 * What a line or paragraph is in an ND30 document. Writers look up its measurements in the
 * profile by role; they never decide sizes themselves.
 */
public enum Role {
    // Header block (page 1)
    // ISSUING_BODY_FITTED: an issuing-body line too long for its column at 13 pt, set at 12 pt (ND30 allows 12-13)
    PARENT_BODY, ISSUING_BODY, ISSUING_BODY_FITTED, NUMBER, NATIONAL_TITLE, MOTTO, PLACE_DATE, CONG_VAN_SUBJECT,
    // Title block
    DOC_TYPE, SUBJECT, RECIPIENT_TO,
    // "Kính gửi:" with several addressees: the words, then one line per addressee, dashes under the colon
    RECIPIENT_TO_LEAD, RECIPIENT_TO_ITEM,
    // Body
    BODY, BASIS, NOTE, CENTERED, HEADING_1, HEADING_2, HEADING_3, HEADING_4, LIST_ITEM,
    // Signature block
    RECIPIENTS_TITLE, RECIPIENT, SIGNER_AUTHORITY, SIGNER_NAME,
    // Appendices
    APPENDIX_LABEL, APPENDIX_UNIT, APPENDIX_TITLE, APPENDIX_NOTE,
    // Tables, footnotes, page furniture
    TABLE_MEASURE, TABLE_HEADER, TABLE_CELL, FOOTNOTE, PAGE_NUMBER;

    /** Heading level 1-4 for heading roles, 0 otherwise. */
    public int headingLevel() {
        return switch (this) {
            case HEADING_1 -> 1;
            case HEADING_2 -> 2;
            case HEADING_3 -> 3;
            case HEADING_4 -> 4;
            default -> 0;
        };
    }

    /** The markup name of this role: {@code PLACE_DATE -> place-date}. */
    public String markupName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Role fromMarkup(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
