package vn.vanban.load;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import vn.vanban.diag.ContentException;
import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;
import vn.vanban.diag.Messages;

/**
 * Stage 1: a YAML file becomes a {@link YNode} tree with line and column for every value.
 * Safe by construction: SnakeYAML only composes nodes (no object construction, no Java types),
 * explicit tags are refused, and size, nesting and alias expansion are bounded.
 */
public final class YamlLoader {
    /**
     * Bounds that keep a hostile or mistaken file from exhausting memory. The byte cap bounds the text (what
     * a document may expand to is bounded apart, by content.Budget): 4 MB is 40 times the longest sample
     * plan (100 KB, 39 pages), and a file just under it, all long paragraphs, is about 1,050 pages,
     * rendered to DOCX and PDF in 5 s of CPU and 360 MB (3.8 MB, measured). Twice that would pass the
     * 10 s a render may take. Larger files are refused up front, before anything is read.
     */
    public record Limits(long maxBytes, int maxAliases, int maxDepth, int maxNodes) {
        public static Limits defaults() {
            return new Limits(4L * 1024 * 1024, 50, 64, 500_000);
        }
    }

    private static final Set<Tag> STANDARD_TAGS = Set.of(Tag.MAP, Tag.SEQ, Tag.STR, Tag.INT, Tag.FLOAT,
            Tag.BOOL, Tag.NULL, Tag.TIMESTAMP);

    private final Limits limits;

    public YamlLoader(Limits limits) {
        this.limits = limits;
    }

    public YamlLoader() {
        this(Limits.defaults());
    }

    /** As {@link #load(Path, Diagnostics)}, for files whose warnings nobody reads (data files, registries). */
    public YNode load(Path file) {
        return load(file, new Diagnostics());
    }

    /**
     * Reads a YAML file. Errors are thrown ({@link ContentException}); warnings (invisible characters
     * removed, see {@link Invisibles}) go to {@code diags}.
     */
    public YNode load(Path file, Diagnostics diags) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw new ContentException(Diagnostic.error(Loc.of(file), "yaml.too-large",
                        megabytes(size, limits.maxBytes()), megabytes(limits.maxBytes(), limits.maxBytes())));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ContentException(Diagnostic.error(Loc.of(file), "file.unreadable", e.getMessage()));
        }
        return parse(file, bytes, diags);
    }

    /**
     * A file's size in MB with one decimal as a file manager shows it ("4,2 MB" for 4.23 MB), but never
     * the limit itself: a file over 4 MB that would round to "4" reads "4,1" ("4 MB; tối đa 4 MB" made no sense).
     */
    static Messages.Decimal megabytes(long bytes, long limit) {
        double mb = bytes / (1024.0 * 1024.0);
        double shown = Math.round(mb * 10) / 10.0;
        if (bytes > limit && shown <= limit / (1024.0 * 1024.0)) {
            shown = Math.ceil(mb * 10) / 10.0;
        }
        return new Messages.Decimal(shown, 1);
    }

    public YNode parse(Path file, byte[] bytes) {
        return parse(file, bytes, new Diagnostics());
    }

    public YNode parse(Path file, byte[] bytes, Diagnostics diags) {
        String text = decode(file, bytes);
        if (text.isBlank()) {
            throw new ContentException(Diagnostic.error(Loc.of(file), "yaml.empty"));
        }
        int tab = findIndentTab(text);
        if (tab >= 0) {
            int line = 1 + (int) text.substring(0, tab).chars().filter(c -> c == '\n').count();
            int col = tab - text.lastIndexOf('\n', tab - 1);
            throw new ContentException(Diagnostic.error(new Loc(file, line, col), "yaml.tab"));
        }
        LoaderOptions opts = new LoaderOptions();
        opts.setMaxAliasesForCollections(limits.maxAliases());
        // SnakeYAML's own bound stays as the parser's guard, a little above ours, so that ours, which
        // knows where the node is, normally speaks first.
        opts.setNestingDepthLimit(limits.maxDepth() + 16);
        opts.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        opts.setAllowRecursiveKeys(false);
        opts.setProcessComments(false);
        Yaml yaml = new Yaml(new SafeConstructor(opts), new org.yaml.snakeyaml.representer.Representer(new DumperOptions()),
                new DumperOptions(), opts);
        List<Node> docs = new ArrayList<>();
        try {
            for (Node n : yaml.composeAll(new StringReader(text))) {
                docs.add(n);
            }
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new ContentException(syntaxError(file, text, loc(file, m), e));
        } catch (org.yaml.snakeyaml.reader.ReaderException e) {
            // An invisible control character, usually pasted from Word or a PDF.
            throw new ContentException(Diagnostic.error(firstOccurrence(file, text, e.getCodePoint()), "yaml.control-char",
                    String.format(java.util.Locale.ROOT, "U+%04X", e.getCodePoint())));
        } catch (YAMLException e) {
            throw new ContentException(limitError(file, text, e));
        }
        if (docs.isEmpty()) {
            throw new ContentException(Diagnostic.error(Loc.of(file), "yaml.empty"));
        }
        if (docs.size() > 1) {
            throw new ContentException(Diagnostic.error(loc(file, docs.get(1).getStartMark()), "yaml.many-documents"));
        }
        Invisibles invisibles = new Invisibles(file, text);
        YNode root = new Converter(file, invisibles).convert(docs.get(0), 0);
        List<Diagnostic> refused = invisibles.report(diags);
        if (!refused.isEmpty()) {
            throw new ContentException(refused);
        }
        return root;
    }

    /** A tab in leading indentation: YAML forbids it, and SnakeYAML's own message is cryptic. */
    private static int findIndentTab(String text) {
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
            } else if (c == '\t') {
                if (text.substring(lineStart, i).isBlank()) {
                    return i;
                }
            } else if (c != ' ') {
                // skip to end of line
                int nl = text.indexOf('\n', i);
                if (nl < 0) {
                    return -1;
                }
                i = nl - 1;
            }
        }
        return -1;
    }

    private static String decode(Path file, byte[] bytes) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)
                && ((bytes[1] & 0xFF) == 0xFF || (bytes[1] & 0xFF) == 0xFE)) {
            throw new ContentException(Diagnostic.error(Loc.of(file), "yaml.utf16"));
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ContentException(Diagnostic.error(Loc.of(file), "yaml.binary"));
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return Normalizer.normalize(s, Normalizer.Form.NFC);
        } catch (CharacterCodingException e) {
            int bad = firstBadUtf8(bytes, start);
            int line = 1;
            int col = 1;
            for (int i = start; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    col = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    col++;
                }
            }
            throw new ContentException(Diagnostic.error(new Loc(file, line, col), "yaml.not-utf8"));
        }
    }

    /** Offset of the first byte that does not start a well-formed UTF-8 sequence. */
    private static int firstBadUtf8(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int trailing = c < 0x80 ? 0 : c >= 0xC2 && c < 0xE0 ? 1 : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : -1;
            if (trailing < 0 || i + trailing >= b.length) {
                return i;
            }
            for (int k = 1; k <= trailing; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += trailing + 1;
        }
        return b.length;
    }

    /** SnakeYAML's own limits (unlocated, English): said in the clerk's language with the limit. */
    private Diagnostic limitError(Path file, String text, YAMLException e) {
        String p = String.valueOf(e.getMessage());
        if (p.startsWith("Number of aliases")) {
            return Diagnostic.error(tooManyAliases(file, text), "yaml.too-many-aliases", limits.maxAliases());
        }
        if (p.startsWith("Nesting Depth exceeded")) {
            return Diagnostic.error(tooDeep(file, text), "yaml.too-deep", limits.maxDepth());
        }
        if (p.contains("code points")) {
            return Diagnostic.error(Loc.of(file), "yaml.too-large",
                    megabytes(limits.maxBytes() + 1, limits.maxBytes()), megabytes(limits.maxBytes(), limits.maxBytes()));
        }
        return Diagnostic.error(Loc.of(file), "yaml.syntax", p);
    }

    /**
     * Where nesting first goes deeper than the limit. SnakeYAML's composer says only that it did; its
     * parser, which has no such limit and holds one event at a time, tells where.
     */
    private Loc tooDeep(Path file, String text) {
        int depth = 0;
        LoaderOptions opts = new LoaderOptions();
        opts.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        try {
            for (org.yaml.snakeyaml.events.Event ev : new Yaml(opts).parse(new StringReader(text))) {
                if (ev instanceof org.yaml.snakeyaml.events.CollectionStartEvent) {
                    if (++depth > limits.maxDepth()) {
                        return loc(file, ev.getStartMark());
                    }
                } else if (ev instanceof org.yaml.snakeyaml.events.CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (YAMLException e) {
            // the composer failed first; nothing better than the file itself
        }
        return Loc.of(file);
    }

    /** Where the first alias to a list or mapping beyond the limit is (SnakeYAML counts only those). */
    private Loc tooManyAliases(Path file, String text) {
        java.util.Set<String> collections = new java.util.HashSet<>();
        int count = 0;
        LoaderOptions opts = new LoaderOptions();
        opts.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        try {
            for (org.yaml.snakeyaml.events.Event ev : new Yaml(opts).parse(new StringReader(text))) {
                if (ev instanceof org.yaml.snakeyaml.events.CollectionStartEvent c && c.getAnchor() != null) {
                    collections.add(c.getAnchor());
                } else if (ev instanceof org.yaml.snakeyaml.events.AliasEvent a && collections.contains(a.getAnchor())
                        && ++count > limits.maxAliases()) {
                    return loc(file, ev.getStartMark());
                }
            }
        } catch (YAMLException e) {
            // the composer failed first; nothing better than the file itself
        }
        return Loc.of(file);
    }

    /** SnakeYAML's problems that clerks actually hit, each with its own explanation and fix. */
    private static Diagnostic syntaxError(Path file, String text, Loc loc, MarkedYAMLException e) {
        String p = describe(e);
        if (p.startsWith("mapping values are not allowed")) {
            return Diagnostic.error(loc, "yaml.colon-in-value", quotedLine(text, loc.line()));
        }
        if (p.startsWith("Global tag is not allowed: ")) {
            return Diagnostic.error(loc, "yaml.tag", shortTag(p.substring("Global tag is not allowed: ".length())));
        }
        if (p.startsWith("expected ',' or ']'") || p.startsWith("expected ',' or '}'")) {
            Mark open = e.getContextMark();
            boolean list = p.contains("]");
            return Diagnostic.error(loc, "yaml.unclosed-bracket", open == null ? loc.line() : open.getLine() + 1,
                    list ? "[" : "{", list ? "]" : "}");
        }
        if (p.startsWith("found undefined alias")) {
            return Diagnostic.error(loc, "yaml.undefined-alias", p.replaceFirst("found undefined alias ", ""));
        }
        if (p.startsWith("could not find expected ':'")) {
            return Diagnostic.error(loc, "yaml.missing-colon");
        }
        if (p.startsWith("found unexpected end of stream") || p.contains("end of the stream")) {
            return Diagnostic.error(loc, "yaml.unclosed-quote");
        }
        return Diagnostic.error(loc, "yaml.syntax", p);
    }

    /**
     * The line as it should have been typed: its value in double quotes, so the message shows the
     * fix itself ({@code ghi-chu: "Thời gian: Quý 2"}) rather than a generic example.
     */
    static String quotedLine(String text, int line) {
        String[] lines = text.split("\n", -1);
        String l = line >= 1 && line <= lines.length ? lines[line - 1].strip() : "";
        l = l.replaceFirst("^-\\s+", "");
        int colon = l.indexOf(": ");
        if (colon <= 0) {
            return "\"" + l.replace("\"", "\\\"") + "\"";
        }
        String key = l.substring(0, colon);
        String value = l.substring(colon + 2).strip();
        if (!key.matches("[a-z0-9-]+")) {
            // The whole line is text: "- Đơn vị chủ trì: Sở Y tế".
            return "- \"" + l.replace("\"", "\\\"") + "\"";
        }
        return key + ": \"" + value.replace("\"", "\\\"") + "\"";
    }

    /** Line and column of the first occurrence of a character, counted as editors do; else the start. */
    public static Loc firstOccurrence(Path file, String text, int codePoint) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == codePoint) {
                return new Loc(file, line, col);
            }
            if (cp == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
            i += Character.charCount(cp);
        }
        return Loc.of(file);
    }

    /** A tag as the clerk typed it: {@code !!java/object:...} rather than SnakeYAML's full URI. */
    static String shortTag(String tag) {
        return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    }

    private static String describe(MarkedYAMLException e) {
        String p = e.getProblem() == null ? "" : e.getProblem();
        return p.replaceAll("\\s+", " ").trim();
    }

    private static Loc loc(Path file, Mark m) {
        return m == null ? Loc.of(file) : new Loc(file, m.getLine() + 1, m.getColumn() + 1);
    }

    /** Node graph → YNode tree, counting nodes so alias expansion stays bounded. */
    private final class Converter {
        private final Path file;
        private final Invisibles invisibles;
        private final Map<Node, Boolean> onPath = new IdentityHashMap<>();
        private int nodes;

        Converter(Path file, Invisibles invisibles) {
            this.file = file;
            this.invisibles = invisibles;
        }

        YNode convert(Node n, int depth) {
            if (++nodes > limits.maxNodes()) {
                throw new ContentException(Diagnostic.error(loc(file, n.getStartMark()), "yaml.too-many-nodes",
                        limits.maxNodes()));
            }
            if (depth > limits.maxDepth()) {
                throw new ContentException(Diagnostic.error(loc(file, n.getStartMark()), "yaml.too-deep", limits.maxDepth()));
            }
            Loc loc = loc(file, n.getStartMark());
            if (!STANDARD_TAGS.contains(n.getTag())) {
                throw new ContentException(Diagnostic.error(loc, "yaml.tag", shortTag(n.getTag().getValue())));
            }
            if (onPath.put(n, Boolean.TRUE) != null) {
                throw new ContentException(Diagnostic.error(loc, "yaml.recursive"));
            }
            try {
                return switch (n) {
                    case ScalarNode s -> scalar(loc, s);
                    case SequenceNode s -> {
                        List<YNode> items = new ArrayList<>();
                        for (Node child : s.getValue()) {
                            items.add(convert(child, depth + 1));
                        }
                        yield new YNode.YSeq(loc, items);
                    }
                    case MappingNode m -> map(loc, m, depth);
                    default -> throw new ContentException(Diagnostic.error(loc, "yaml.syntax", n.getNodeId()));
                };
            } finally {
                onPath.remove(n);
            }
        }

        private YNode scalar(Loc loc, ScalarNode s) {
            boolean plain = s.isPlain();
            String v = invisibles.check(s.getValue(), s.getStartMark(), s.getEndMark());
            boolean isNull = plain && (v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL"));
            return new YNode.YScalar(loc, v, plain, isNull);
        }

        private YNode map(Loc loc, MappingNode m, int depth) {
            Map<String, YNode.Entry> entries = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                Node k = t.getKeyNode();
                Loc kloc = loc(file, k.getStartMark());
                if (k.getTag().equals(Tag.MERGE)) {
                    throw new ContentException(Diagnostic.error(kloc, "yaml.merge-key"));
                }
                if (!(k instanceof ScalarNode ks)) {
                    throw new ContentException(Diagnostic.error(kloc, "yaml.complex-key"));
                }
                String key = invisibles.check(ks.getValue(), ks.getStartMark(), ks.getEndMark());
                if (entries.containsKey(key)) {
                    throw new ContentException(Diagnostic.error(kloc, "yaml.duplicate-key", key,
                            entries.get(key).keyLoc().line()));
                }
                entries.put(key, new YNode.Entry(key, kloc, convert(t.getValueNode(), depth + 1)));
            }
            return new YNode.YMap(loc, entries);
        }
    }
}
