package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import vn.vanban.content.DocTypes;
import vn.vanban.diag.Messages;
import vn.vanban.importer.Importer;
import vn.vanban.render.AtomicFiles;
import vn.vanban.load.TemplateSource;

/**
 * {@code vanban nhap FILE.docx|FILE.pdf|FILE.txt [-o content/NAME.yaml] [--ghi-de]}: an existing plan
 * or report becomes a content file (default {@code content/<name>.yaml}). Never overwrites a file
 * without {@code --ghi-de}; the file is written atomically; the summary and every warning are printed
 * with their place in the source.
 */
final class ImportCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final Messages msg;

    ImportCommand(PrintStream out, PrintStream err, Messages msg) {
        this.out = out;
        this.err = err;
        this.msg = msg;
    }

    int run(List<String> args) {
        String source = null;
        Path target = null;
        boolean overwrite = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-o", "--lang" -> {
                    if (i + 1 >= args.size()) {
                        err.println(msg.get("usage.missing-value", a));
                        return 2;
                    }
                    if (a.equals("-o")) {
                        target = Path.of(args.get(i + 1));
                    }
                    i++;
                }
                case "--ghi-de", "--overwrite" -> overwrite = true;
                case "--debug" -> {
                }
                default -> {
                    if (a.startsWith("-") || source != null) {
                        err.println(a.startsWith("-") ? msg.get("usage.unknown-option", a) : msg.get("usage.one-plan", a));
                        err.println(msg.get("import.usage"));
                        return 2;
                    }
                    source = a;
                }
            }
        }
        if (source == null) {
            err.println(msg.get("import.usage"));
            return 2;
        }
        Path file = Path.of(source);
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            err.println(msg.get("import.unreadable", file, msg.isEnglish() ? "no such file" : "không có tệp này"));
            return 1;
        }
        if (lower.endsWith(".doc") || lower.endsWith(".odt") || lower.endsWith(".yaml") || lower.endsWith(".yml")
                || lower.endsWith(".xlsx") || lower.endsWith(".rtf")) {
            err.println(msg.get("import.bad-type", file));
            return 1;
        }
        if (target == null) {
            String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            target = Path.of("content", base + ".yaml");
        }
        try {
            if (Files.exists(target) && Files.isSameFile(target, file)) {
                // Even with --ghi-de: the document being imported is never written over.
                err.println(msg.get("import.same-file", file));
                return 1;
            }
        } catch (IOException e) {
            err.println(msg.get("import.unreadable", file, e.toString()));
            return 1;
        }
        if (Files.exists(target) && !overwrite) {
            err.println(msg.get("import.exists", target));
            return 1;
        }
        Importer.Result result;
        try {
            result = new Importer(DocTypes.load(TemplateSource.defaults())).importFile(file);
        } catch (Importer.UnreadableException e) {
            err.println(msg.get("import.unreadable", file, e.getMessage()));
            return 1;
        } catch (IOException e) {
            err.println(msg.get("import.unreadable", file, e.toString()));
            return 1;
        }
        try {
            AtomicFiles.write(target, result.yaml().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println(WriteProblem.unwritable(target, e, msg));
            return 1;
        }
        result.warnings().forEach(w -> out.println(msg.get("import.warning", file, where(w.where()), w.text(msg))));
        result.unplaced().forEach(u -> out.println(msg.get("import.unplaced", file, u)));
        var c = result.counts();
        out.println(msg.get("import.summary", file, target, c.sections, c.tasks, c.tables, c.recipients, c.appendices,
                c.signature ? (msg.isEnglish() ? "yes" : "có") : (msg.isEnglish() ? "no" : "không"),
                result.unplaced().size(), result.warnings().size()));
        out.println(msg.get("import.next", target));
        return 0;
    }

    /** A place in the source ("dòng 81", "trang 3") in the clerk's language. */
    private String where(String w) {
        if (!msg.isEnglish()) {
            return w;
        }
        return w.replaceFirst("^bảng ở trang ", "table on page ").replaceFirst("^bảng ở đoạn ", "table at paragraph ")
                .replaceFirst("^dòng ", "line ").replaceFirst("^đoạn ", "paragraph ").replaceFirst("^trang ", "page ");
    }
}
