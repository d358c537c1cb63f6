package vn.vanban.diag;

import java.nio.file.Path;

/** A place in a source file, 1-based line and column, as editors count them. */
public record Loc(Path file, int line, int col) {
    public static Loc of(Path file) {
        return new Loc(file, 1, 1);
    }

    @Override
    public String toString() {
        return (file == null ? "?" : file.toString()) + ":" + line + ":" + col;
    }
}
