package vn.vanban.profile;

/**
 * A length, stored in points (1/72 inch). The writers convert with these methods, so unit
 * factors live here and nowhere else.
 */
public record Length(double points) implements Comparable<Length> {
    private static final double POINTS_PER_INCH = 72.0;
    private static final double MM_PER_INCH = 25.4;
    private static final double TWIPS_PER_POINT = 20.0;
    private static final double EMU_PER_POINT = 12700.0;
    /** Word's "eighths of a point" for border widths. */
    private static final double EIGHTHS_PER_POINT = 8.0;

    public static Length pt(double points) {
        return new Length(points);
    }

    public static Length mm(double mm) {
        return new Length(mm / MM_PER_INCH * POINTS_PER_INCH);
    }

    public static Length cm(double cm) {
        return mm(cm * 10);
    }

    public double toMm() {
        return points / POINTS_PER_INCH * MM_PER_INCH;
    }

    /** Twentieths of a point: the unit of most DOCX measurements. */
    public long toTwips() {
        return Math.round(points * TWIPS_PER_POINT);
    }

    public long toEmu() {
        return Math.round(points * EMU_PER_POINT);
    }

    public long toEighthPoints() {
        return Math.round(points * EIGHTHS_PER_POINT);
    }

    /** Half-points: the unit of DOCX font sizes. */
    public long toHalfPoints() {
        return Math.round(points * 2);
    }

    public static Length fromTwips(long twips) {
        return new Length(twips / TWIPS_PER_POINT);
    }

    public Length plus(Length other) {
        return new Length(points + other.points);
    }

    public Length minus(Length other) {
        return new Length(points - other.points);
    }

    public Length times(double factor) {
        return new Length(points * factor);
    }

    @Override
    public int compareTo(Length o) {
        return Double.compare(points, o.points);
    }
}
