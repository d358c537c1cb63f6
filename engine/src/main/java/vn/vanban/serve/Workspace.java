package vn.vanban.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import vn.vanban.content.DocType;
import vn.vanban.load.ProjectDir;
import vn.vanban.render.AtomicFiles;

/**
 * The files the workbench may touch: YAML files under the project's {@code content/}, named by their
 * path relative to the project root. Writes are atomic and conditional on the content hash the
 * editor opened, so a file changed on disk since (a {@code git pull}, another editor) is never
 * overwritten without the clerk being asked.
 */
final class Workspace {
    static final String CONTENT = "content";
    private final ProjectDir project;
    private final Path root;

    Workspace(ProjectDir project) {
        this.project = project;
        this.root = project.root();
    }

    Path root() {
        return root;
    }

    /** A file's bytes and their hash, as the editor opens it. */
    record Opened(String text, String hash) {
    }

    /** The save found the file changed on disk: what is there now. */
    record Conflict(String text, String hash) {
    }

    /**
     * The absolute path of a project-relative name, refused unless it is a YAML file under
     * {@code content/} (links followed), so no request can read or write anything else.
     */
    Path resolve(String rel) {
        if (rel == null || rel.isBlank() || rel.length() > 500 || rel.indexOf('\0') >= 0 || rel.contains("\\")) {
            throw new Http.BadRequest(400, "bad-path", String.valueOf(rel));
        }
        String lower = rel.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".yaml") || lower.endsWith(".yml"))) {
            throw new Http.BadRequest(400, "not-yaml", rel);
        }
        Path p;
        try {
            p = root.resolve(rel).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new Http.BadRequest(400, "bad-path", rel);
        }
        if (Path.of(rel).isAbsolute() || !p.startsWith(root.resolve(CONTENT)) || !project.contains(p)
                || (Files.exists(p) && !project.contains(p.getParent()))) {
            throw new Http.BadRequest(403, "outside-project", rel);
        }
        return p;
    }

    String relative(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /** Documents (YAML directly in content/) and data files (under content/so-lieu/), by name. */
    List<String> documents() throws IOException {
        return list(root.resolve(CONTENT), 1);
    }

    List<String> dataFiles() throws IOException {
        return list(root.resolve(CONTENT).resolve(vn.vanban.data.DataStage.DIR), 3);
    }

    private List<String> list(Path dir, int depth) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir, depth)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".yaml") || n.endsWith(".yml");
            }).filter(project::contains).map(this::relative).sorted().toList();
        }
    }

    /** Period codes that have figures ({@code content/so-lieu/<unit>/<period>.yaml}), newest first. */
    List<String> periods() throws IOException {
        Path dir = root.resolve(CONTENT).resolve(vn.vanban.data.DataStage.DIR);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir, 2)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml")).map(n -> n.substring(0, n.length() - 5))
                    .filter(n -> vn.vanban.format.Period.parse(n) != null).distinct()
                    .sorted(java.util.Comparator.reverseOrder()).toList();
        }
    }

    Opened open(String rel) throws IOException {
        Path p = resolve(rel);
        if (!Files.isRegularFile(p)) {
            throw new Http.BadRequest(404, "not-found", rel);
        }
        byte[] b = Files.readAllBytes(p);
        return new Opened(new String(b, StandardCharsets.UTF_8), hash(b));
    }

    /**
     * Writes {@code text} if the file still holds what had hash {@code expected} ({@code null}: the
     * file must not exist yet); otherwise returns what the file holds now and writes nothing.
     */
    synchronized Object save(String rel, byte[] text, String expected) throws IOException {
        Path p = resolve(rel);
        if (Files.exists(p)) {
            byte[] now = Files.readAllBytes(p);
            String h = hash(now);
            if (!h.equals(expected)) {
                return new Conflict(new String(now, StandardCharsets.UTF_8), h);
            }
        } else if (expected != null) {
            return new Conflict(null, null);
        }
        AtomicFiles.write(p, text);
        return hash(text);
    }

    static String hash(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first lines of a new document of a type: every part the reader requires, to be filled in. */
    static String skeleton(DocType type, boolean english) {
        String abbr = type.abbreviation() == null || type.abbreviation().isBlank() ? "VB" : type.abbreviation();
        List<String> l = new ArrayList<>();
        l.add("# yaml-language-server: $schema=../schema/vanban.schema.json");
        l.add(english ? "# New " + type.nameInText() + ": fill in each line (docs/noi-dung.md explains every key)."
                : "# " + type.nameInText() + " mới: điền từng dòng (docs/noi-dung.md giải thích từng khóa).");
        l.add("");
        l.add("loai: " + type.key());
        l.add("co-quan-ban-hanh: ỦY BAN NHÂN DÂN XÃ ...");
        l.add("ky-hieu: " + abbr + "-UBND");
        l.add("dia-danh: ...");
        l.add("ngay: " + java.time.LocalDate.now().getYear());
        l.add("trich-yeu: ...");
        l.add("noi-dung:");
        l.add("  - muc: ...");
        l.add("    noi-dung:");
        l.add("      - ...");
        l.add("noi-nhan:");
        l.add("  - ...");
        l.add("  - \"Lưu: VT\"");
        l.add("ky:");
        l.add("  chuc-vu: CHỦ TỊCH");
        l.add("  ho-ten: ...");
        return String.join("\n", l) + "\n";
    }
}
