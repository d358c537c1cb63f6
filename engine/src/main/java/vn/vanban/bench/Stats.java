package vn.vanban.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Summary of repeated measurements. The median is the middle value (the mean of the two middle ones for
 * an even count); the 95th percentile is the nearest-rank value: the smallest sample with at least 95 %
 * of all samples at or below it.
 */
public record Stats(int n, double min, double median, double p95, double max) {

    public static Stats of(List<Double> samples) {
        return of(samples.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public static Stats of(double... samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double[] s = samples.clone();
        Arrays.sort(s);
        return new Stats(s.length, s[0], median(s), percentile(s, 95), s[s.length - 1]);
    }

    /** Median of sorted values. */
    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Nearest-rank percentile of sorted values, {@code 0 < p <= 100}. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /** As a JSON object, values rounded to the given number of decimals. */
    public Map<String, Object> json(String unit, int decimals) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", n);
        m.put("min_" + unit, Json.round(min, decimals));
        m.put("median_" + unit, Json.round(median, decimals));
        m.put("p95_" + unit, Json.round(p95, decimals));
        m.put("max_" + unit, Json.round(max, decimals));
        return m;
    }
}
