package vn.vanban.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.vanban.diag.Messages;

/** Parses the command line and runs a command; never lets a stack trace reach a clerk unless --debug. */
public final class Cli {
    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Options shared by every command. {@code period} ({@code --ky}) and {@code units} ({@code --don-vi})
     * are for reports; null when not given.
     */
    public record Options(List<String> files, Path outDir, String format, String lang, Path templates, Path fonts,
                          boolean debug, String period, Path units) {
        public Options(List<String> files, Path outDir, String format, String lang, Path templates, Path fonts,
                       boolean debug) {
            this(files, outDir, format, lang, templates, fonts, debug, null, null);
        }
    }

    public int run(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        String lang = "vi";
        for (int i = 0; i < rest.size() - 1; i++) {
            if (rest.get(i).equals("--lang")) {
                lang = rest.get(i + 1);
            }
        }
        Messages msg = Messages.forLanguage(lang);
        boolean debug = rest.contains("--debug");
        try {
            if (rest.isEmpty()) {
                return renderAll(msg);
            }
            String command = rest.remove(0);
            return switch (command) {
                case "render" -> {
                    Options o = parse(rest, msg);
                    yield o == null ? 2 : new RenderCommand(out, err, msg).run(o);
                }
                case "bench" -> new vn.vanban.bench.BenchCommand(out, err).run(rest);
                case "check" -> check(rest, msg);
                case "schema" -> {
                    Options o = parse(rest, msg, false);
                    yield o == null ? 2 : new SchemaCommand(out, err, msg).run(o);
                }
                case "bao-cao-tu-ke-hoach" -> new SkeletonCommand(out, err, msg).run(rest);
                case "so-sanh" -> new CompareCommand(out, err, msg).run(rest);
                case "serve" -> new ServeCommand(out, err, msg).run(rest);
                case "nhap" -> new ImportCommand(out, err, msg).run(rest);
                case "phan-cong" -> new TrackerCommand(out, err, msg).run(rest);
                case "help", "--help", "-h" -> {
                    out.println(msg.get("usage.text"));
                    yield 0;
                }
                default -> {
                    err.println(msg.get("usage.unknown-command", command));
                    err.println(msg.get("usage.text"));
                    yield 2;
                }
            };
        } catch (OutOfMemoryError e) {
            // Inputs are bounded (YamlLoader.Limits), but many large files at once on a small heap can still run out.
            err.println(msg.get("render.out-of-memory"));
            return 1;
        } catch (RuntimeException e) {
            err.println(msg.get("internal.error", e.getClass().getSimpleName() + ": " + e.getMessage()));
            if (debug) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    /** {@code vanban check FILE.docx...}: ND30 conformance of DOCX files. */
    private int check(List<String> args, Messages msg) {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--lang" -> i++;
                case "--debug" -> {
                }
                default -> files.add(args.get(i));
            }
        }
        if (files.isEmpty()) {
            err.println(msg.get("usage.check-needs-file"));
            return 2;
        }
        // Dispatch on the extension: .docx files get the ND30 conformance check; content files and
        // directories of them get the content checker. Both may be asked in one call.
        java.util.function.Predicate<String> isDocx = f -> f.toLowerCase(java.util.Locale.ROOT).endsWith(".docx");
        List<String> docx = files.stream().filter(isDocx).toList();
        int code = 0;
        if (docx.size() < files.size()) {
            Options o = parse(args.stream().filter(isDocx.negate()).collect(java.util.stream.Collectors.toList()), msg);
            if (o == null) {
                return 2;
            }
            code = new CheckCommand(out, err, msg).run(o);
        }
        if (!docx.isEmpty()) {
            code = Math.max(code, new DocxCheckCommand(out, err, msg).run(docx));
        }
        return code;
    }

    /** {@code vanban} alone: every content file into output/, all formats. */
    private int renderAll(Messages msg) {
        Path content = Path.of("content");
        if (!Files.isDirectory(content)) {
            err.println(msg.get("usage.no-content-dir", content.toAbsolutePath()));
            return 2;
        }
        return new RenderCommand(out, err, msg).run(new Options(List.of(content.toString()), Path.of("output"), "all", "vi",
                null, null, false));
    }

    private Options parse(List<String> args, Messages msg) {
        return parse(args, msg, true);
    }

    /** {@code wantsFiles}: false for commands that take none ({@code schema}), which then refuse any. */
    private Options parse(List<String> args, Messages msg, boolean wantsFiles) {
        List<String> files = new ArrayList<>();
        Path outDir = Path.of("output");
        String format = "all";
        String lang = "vi";
        Path templates = null;
        Path fonts = null;
        boolean debug = false;
        String period = null;
        Path units = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-o", "--out", "--format", "--lang", "--templates", "--mau", "--fonts", "--phong-chu", "--ky",
                     "--don-vi" -> {
                    if (i + 1 >= args.size()) {
                        err.println(msg.get("usage.missing-value", a));
                        return null;
                    }
                    String v = args.get(++i);
                    switch (a) {
                        case "-o", "--out" -> outDir = Path.of(v);
                        case "--format" -> {
                            if (!List.of("docx", "pdf", "all", "markup", "trang").contains(v)) {
                                err.println(msg.get("usage.bad-format", v));
                                return null;
                            }
                            format = v;
                        }
                        case "--lang" -> lang = v;
                        case "--ky" -> {
                            if (vn.vanban.format.Period.parse(v) == null) {
                                err.println(msg.get("usage.bad-period", v));
                                return null;
                            }
                            period = v;
                        }
                        case "--don-vi" -> units = Path.of(v);
                        case "--fonts", "--phong-chu" -> fonts = Path.of(v);
                        default -> templates = Path.of(v);
                    }
                }
                case "--debug" -> debug = true;
                default -> {
                    if (a.startsWith("-")) {
                        err.println(msg.get("usage.unknown-option", a));
                        err.println(msg.get("usage.text"));
                        return null;
                    }
                    files.add(a);
                }
            }
        }
        if (!wantsFiles && !files.isEmpty()) {
            err.println(msg.get("usage.no-files-wanted", files.get(0)));
            err.println(msg.get("usage.text"));
            return null;
        }
        if (wantsFiles && files.isEmpty()) {
            err.println(msg.get("usage.no-files"));
            err.println(msg.get("usage.text"));
            return null;
        }
        return new Options(files, outDir, format, lang, templates, fonts, debug, period, units);
    }
}
