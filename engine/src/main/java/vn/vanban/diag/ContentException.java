package vn.vanban.diag;

import java.util.List;

/** Thrown when input has errors; carries every diagnostic collected so far. */
public final class ContentException extends RuntimeException {
    private final List<Diagnostic> diagnostics;

    public ContentException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "content error" : diagnostics.get(0).key(), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public ContentException(Diagnostic d) {
        this(List.of(d));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
