package vn.vanban.content.table;

/** What a body row is: it decides numbering, emphasis and what totals add up. */
public enum RowKind {
    /** An ordinary row: numbered, added into totals. */
    DATA,
    /** A heading row inside the table ({@code loai: nhom}), e.g. "Mục tiêu 1: ..."; bold, numbered apart. */
    GROUP,
    /** A total ({@code loai: tong}): bold, "Tổng cộng" unless named otherwise. */
    TOTAL,
    /** A breakdown of the row above ({@code loai: trong-do}), e.g. "Trong đó:"; italic, not added. */
    BREAKDOWN,
    /** A row left empty for hand filling ({@code dong-trong: 3}). */
    BLANK
}
