package vn.vanban.format;

import java.time.LocalDate;

/** A date a draft may leave partly blank: year always, month and day optional. */
public record PartialDate(int year, Integer month, Integer day) {
    public boolean complete() {
        return month != null && day != null;
    }

    /** The earliest real date this can be (for metadata and deterministic ids). */
    public LocalDate floor() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }
}
