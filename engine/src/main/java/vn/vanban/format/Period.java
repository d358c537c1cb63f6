package vn.vanban.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * A reporting period as clerks name it: {@code 2024} (năm 2024), {@code 2024-6T} (6 tháng đầu năm
 * 2024), {@code 2024-Q1} (quý I năm 2024). The code is also the data file's name.
 */
public record Period(int year, Kind kind, int quarter) {
    public enum Kind { YEAR, HALF, QUARTER }

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(6T|Q([1-4])))?", Pattern.CASE_INSENSITIVE);

    /** The period a code names, or null if the code is not one. */
    public static Period parse(String code) {
        Matcher m = CODE.matcher(code.trim());
        if (!m.matches()) {
            return null;
        }
        int y = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new Period(y, Kind.YEAR, 0);
        }
        if (m.group(3) == null) {
            return new Period(y, Kind.HALF, 0);
        }
        return new Period(y, Kind.QUARTER, Integer.parseInt(m.group(3)));
    }

    /** The same period a year earlier: reports compare with "cùng kỳ năm trước". */
    public Period previous() {
        return new Period(year - 1, kind, quarter);
    }

    public String code() {
        return switch (kind) {
            case YEAR -> String.valueOf(year);
            case HALF -> year + "-6T";
            case QUARTER -> year + "-Q" + quarter;
        };
    }

    /** As written in a sentence: "6 tháng đầu năm 2024", "năm 2024", "quý I năm 2024". */
    public String label() {
        return switch (kind) {
            case YEAR -> "năm " + year;
            case HALF -> "6 tháng đầu năm " + year;
            case QUARTER -> "quý " + Numbering.roman(quarter) + " năm " + year;
        };
    }

    /** The period a report plans for: "6 tháng cuối năm 2024" after the first half, else the next one. */
    public String nextLabel() {
        return switch (kind) {
            case YEAR -> "năm " + (year + 1);
            case HALF -> "6 tháng cuối năm " + year;
            case QUARTER -> quarter == 4 ? "quý I năm " + (year + 1) : "quý " + Numbering.roman(quarter + 1) + " năm " + year;
        };
    }

    /** As a table column heading: "Năm 2024", "6 tháng năm 2024", "Quý I/2024". */
    public String columnLabel() {
        return switch (kind) {
            case YEAR -> "Năm " + year;
            case HALF -> "6 tháng năm " + year;
            case QUARTER -> "Quý " + Numbering.roman(quarter) + "/" + year;
        };
    }

    @Override
    public String toString() {
        return code();
    }
}
