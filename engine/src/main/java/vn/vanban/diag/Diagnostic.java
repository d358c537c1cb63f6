package vn.vanban.diag;

import java.util.List;

/**
 * One message for the clerk: where, how bad, and a message key with its arguments, so the same
 * diagnostic prints in Vietnamese or English.
 */
public record Diagnostic(Severity severity, Loc loc, String key, List<Object> args) {
    public Diagnostic {
        // A missing detail (no close suggestion, no reason) prints as nothing, never fails the report.
        args = args.stream().map(a -> a == null ? (Object) "" : a).toList();
    }

    public static Diagnostic error(Loc loc, String key, Object... args) {
        return new Diagnostic(Severity.ERROR, loc, key, java.util.Arrays.asList(args));
    }

    public static Diagnostic warning(Loc loc, String key, Object... args) {
        return new Diagnostic(Severity.WARNING, loc, key, java.util.Arrays.asList(args));
    }

    /** {@code file:line:col: lỗi: message}. */
    public String format(Messages messages) {
        String kind = messages.get(severity == Severity.ERROR ? "severity.error" : "severity.warning");
        return loc + ": " + kind + ": " + messages.get(key, args.toArray());
    }
}
