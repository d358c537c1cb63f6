package vn.vanban.template;

/** A broken or missing template: where in the template, and what. */
public final class TemplateProblem extends RuntimeException {
    private final String file;
    private final int line;
    private final int col;
    private final String key;
    private final String detail;

    public TemplateProblem(String file, int line, int col, String key, String detail) {
        super(key + ": " + detail, null, false, false);
        this.file = file;
        this.line = line;
        this.col = col;
        this.key = key;
        this.detail = detail;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int col() {
        return col;
    }

    public String key() {
        return key;
    }

    public String detail() {
        return detail;
    }
}
