package vn.vanban.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of a run, so a clerk sees them all at once rather than one per try. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic d) {
        items.add(d);
    }

    public void error(Loc loc, String key, Object... args) {
        add(Diagnostic.error(loc, key, args));
    }

    public void warning(Loc loc, String key, Object... args) {
        add(Diagnostic.warning(loc, key, args));
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public List<Diagnostic> all() {
        return items.stream()
                .sorted(Comparator.comparing((Diagnostic d) -> String.valueOf(d.loc().file()))
                        .thenComparingInt(d -> d.loc().line()).thenComparingInt(d -> d.loc().col()))
                .toList();
    }

    public void addAll(Diagnostics other) {
        items.addAll(other.items);
    }
}
