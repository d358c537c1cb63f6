package vn.vanban.bench;

/** The benchmark report as JSON, through the project's one JSON writer, with the report's rounding. */
public final class Json {
    private Json() {
    }

    public static String write(Object value) {
        return vn.vanban.json.JsonWriter.write(value);
    }

    /** Rounds for the report; NaN and infinities become null (JSON has no such numbers). */
    public static Double round(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return null;
        }
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
