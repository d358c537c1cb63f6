package vn.vanban.layout.markup;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import vn.vanban.layout.Block;
import vn.vanban.layout.Inline;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.Line;
import vn.vanban.layout.PageSection;
import vn.vanban.layout.Role;
import vn.vanban.layout.Table;
import vn.vanban.layout.grid.TableGrid;

/**
 * Stage 4: the layout markup a template printed becomes the {@link LayoutDocument}. The markup is
 * small and fixed (see docs/layout-markup.md); anything unknown is a template bug and is reported
 * with its line in the markup.
 *
 * <p>White space inside text collapses as in HTML (runs of spaces and line breaks become one space,
 * trimmed at the ends of a paragraph), so templates can be indented freely; no-break spaces stay.
 */
public final class MarkupReader {

    /**
     * The attribute a template renderer may put on every element to say which template line printed
     * it ({@code nd30.ftlx:13:7}); this reader ignores it except to locate an error.
     */
    public static final String SOURCE_ATTRIBUTE = "vb-src";

    /**
     * The markup is not what the layout model expects: a template bug. {@link #source()} is the
     * template place that printed the element at fault when the markup carried {@link #SOURCE_ATTRIBUTE}.
     */
    public static final class MarkupException extends RuntimeException {
        private final String source;

        public MarkupException(String message) {
            this(message, (String) null);
        }

        MarkupException(String message, String source) {
            super(message, null, false, false);
            this.source = source;
        }

        /** The message, located at the element's (or its nearest located ancestor's) template place. */
        MarkupException(String message, Node where) {
            this(message, sourceOf(where));
        }

        /** {@code template-name:line:col}, or null when the markup carries no template places. */
        public String source() {
            return source;
        }

        private static String sourceOf(Node n) {
            for (; n != null; n = n.getParentNode()) {
                if (n instanceof Element e && e.hasAttribute(SOURCE_ATTRIBUTE)) {
                    return e.getAttribute(SOURCE_ATTRIBUTE);
                }
            }
            return null;
        }
    }

    private final WideTables wideTables;
    private final HeaderFit headerFit;

    public MarkupReader() {
        this(vn.vanban.profile.Nd30Profile.defaults(), vn.vanban.fonts.FontSet.bundled());
    }

    public MarkupReader(vn.vanban.profile.Nd30Profile profile, vn.vanban.fonts.FontSet fonts) {
        this(profile, new WidestWords(fonts));
    }

    /** A reader sharing the document's table-cell measurements with the checks before it. */
    public MarkupReader(vn.vanban.profile.Nd30Profile profile, WidestWords words) {
        this.wideTables = new WideTables(profile, words);
        this.headerFit = new HeaderFit(profile, words.metrics().fonts());
    }

    public LayoutDocument read(String markup) {
        org.w3c.dom.Document dom = parse(markup);
        Element root = dom.getDocumentElement();
        expect(root, "document");
        List<PageSection> sections = new ArrayList<>();
        for (Element s : children(root)) {
            expect(s, "section");
            sections.add(section(s));
        }
        String date = root.getAttribute("date");
        return new LayoutDocument(root.getAttribute("title"), date.isEmpty() ? null : LocalDate.parse(date), sections);
    }

    /**
     * One parser per thread, made once: looking up the factory (a service search through every jar on the
     * class path) and building the parser cost a quarter of this stage per document (JFR).
     */
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            return f.newDocumentBuilder();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    });

    private static org.w3c.dom.Document parse(String markup) {
        try {
            DocumentBuilder b = BUILDER.get();
            // As new: a parse that failed must not leave state behind (reset also restores the default
            // error handler, which prints to stderr, hence setting it again).
            b.reset();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(markup)));
        } catch (SAXParseException e) {
            String source = sourceBefore(markup, e.getLineNumber(), e.getColumnNumber());
            // A line of the markup means nothing to a template author once the template's own line is known.
            throw new MarkupException(source == null ? "markup line " + e.getLineNumber() + ": " + e.getMessage()
                    : e.getMessage(), source);
        } catch (Exception e) {
            throw new MarkupException(e.getMessage());
        }
    }

    /**
     * The template place of the last element opened before a syntax error at {@code line:col} (1-based),
     * or null when the markup carries none.
     */
    static String sourceBefore(String markup, int line, int col) {
        int off = 0;
        for (int l = 1; l < line && off >= 0; l++) {
            off = markup.indexOf('\n', off) + 1;
            if (off == 0) {
                off = markup.length();
                break;
            }
        }
        int end = Math.min(markup.length(), Math.max(0, off + Math.max(0, col - 1)));
        String key = SOURCE_ATTRIBUTE + "='";
        int at = markup.lastIndexOf(key, end);
        if (at < 0) {
            return null;
        }
        int close = markup.indexOf('\'', at + key.length());
        return close < 0 ? null : markup.substring(at + key.length(), close);
    }

    private PageSection section(Element s) {
        List<Block> blocks = new ArrayList<>();
        for (Element e : children(s)) {
            if (e.getTagName().equals("end-mark")) {
                EndMark.applyTo(blocks, e);
            } else {
                blocks.add(block(e));
            }
        }
        PageSection.Orientation o = switch (s.getAttribute("orientation")) {
            case "landscape" -> PageSection.Orientation.LANDSCAPE;
            case "auto" -> wideTables.choose(blocks);
            default -> PageSection.Orientation.PORTRAIT;
        };
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.HeaderBlock h) {
                blocks.set(i, headerFit.fit(h, o));
            }
        }
        return new PageSection(o, "true".equals(s.getAttribute("restart")), blocks);
    }

    private Block block(Element e) {
        return switch (e.getTagName()) {
            case "header-block" -> new Block.HeaderBlock(lines(child(e, "left")), lines(child(e, "right")),
                    lines(child(e, "left-below")), lines(child(e, "right-below")));
            case "title-block" -> new Block.TitleBlock(lines(e));
            case "p" -> new Block.Paragraph(role(e, Role.BODY), inlines(e));
            case "list" -> list(e);
            case "table" -> new Block.TableBlock(table(e));
            case "signature-block" -> new Block.SignatureBlock(lines(child(e, "left")), lines(child(e, "right")));
            case "page-break" -> new Block.PageBreak();
            case "spacer" -> new Block.Spacer(intAttr(e, "lines", 1));
            default -> throw new MarkupException("unknown block <" + e.getTagName() + ">", e);
        };
    }

    private Block list(Element e) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Element it : children(e)) {
            expect(it, "item");
            items.add(new Block.ListItem(it.getAttribute("marker"), intAttr(it, "level", 1), inlines(it)));
        }
        return new Block.ListBlock(items);
    }

    /**
     * A table, its grid checked once here: a row with more cells than free columns is a template bug
     * reported at that row (the writers would otherwise have to drop or refuse the extra cells).
     */
    private Table table(Element e) {
        List<Table.Column> cols = new ArrayList<>();
        List<Table.Row> head = new ArrayList<>();
        List<Table.Row> body = new ArrayList<>();
        List<Element> headRows = new ArrayList<>();
        List<Element> bodyRows = new ArrayList<>();
        for (Element c : children(e)) {
            switch (c.getTagName()) {
                case "col" -> cols.add(new Table.Column(doubleAttr(c, "weight", 1), align(c, Table.Align.LEFT)));
                case "thead" -> rows(c, head, headRows);
                case "tbody" -> rows(c, body, bodyRows);
                default -> throw new MarkupException("unknown table part <" + c.getTagName() + ">", c);
            }
        }
        Table table = new Table(cols, head, body);
        try {
            TableGrid.of(table);
        } catch (TableGrid.Overfull x) {
            Element tr = (x.header() ? headRows : bodyRows).get(x.row());
            throw new MarkupException("<tr> (" + (x.header() ? "thead" : "tbody") + " row " + (x.row() + 1) + "): "
                    + x.getMessage(), tr);
        }
        return table;
    }

    private void rows(Element part, List<Table.Row> out, List<Element> elements) {
        for (Element tr : children(part)) {
            expect(tr, "tr");
            List<Table.Cell> cells = new ArrayList<>();
            for (Element td : children(tr)) {
                expect(td, "td");
                cells.add(new Table.Cell(inlines(td), intAttr(td, "colspan", 1), intAttr(td, "rowspan", 1),
                        td.hasAttribute("align") ? align(td, Table.Align.LEFT) : null,
                        "true".equals(td.getAttribute("bold")), "true".equals(td.getAttribute("italic"))));
            }
            out.add(new Table.Row(cells, "true".equals(tr.getAttribute("bold"))));
            elements.add(tr);
        }
    }

    private List<Line> lines(Element parent) {
        List<Line> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Element l : children(parent)) {
            expect(l, "line");
            Line.Rule rule = switch (l.getAttribute("rule")) {
                case "", "none" -> Line.Rule.NONE;
                case "text" -> Line.Rule.TEXT_WIDTH;
                case "part" -> Line.Rule.PART;
                default -> throw new MarkupException("unknown rule '" + l.getAttribute("rule") + "'", l);
            };
            out.add(new Line(role(l, null), inlines(l), rule));
        }
        return out;
    }

    // ---- inline ----

    private List<Inline> inlines(Element e) {
        List<Inline> out = new ArrayList<>();
        collect(e, false, false, false, out);
        return trim(out);
    }

    private void collect(Node n, boolean b, boolean i, boolean sup, List<Inline> out) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                String t = collapse(c.getNodeValue());
                if (!t.isEmpty()) {
                    appendSpan(out, new Inline.Span(t, b, i, sup));
                }
            } else if (c instanceof Element el) {
                switch (el.getTagName()) {
                    case "b" -> collect(el, true, i, sup, out);
                    case "i" -> collect(el, b, true, sup, out);
                    case "sup" -> collect(el, b, i, true, out);
                    case "br" -> out.add(new Inline.LineBreak());
                    case "fn" -> {
                        List<Inline> note = new ArrayList<>();
                        collect(el, false, false, false, note);
                        out.add(new Inline.FootnoteRef(trim(note)));
                    }
                    default -> throw new MarkupException("unknown inline <" + el.getTagName() + ">", el);
                }
            }
        }
    }

    /** Merge with the previous span of the same style, collapsing a space at the seam. */
    private static void appendSpan(List<Inline> out, Inline.Span s) {
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Span p) {
            String text = s.text();
            if (p.text().endsWith(" ") && text.startsWith(" ")) {
                text = text.substring(1);
                if (text.isEmpty()) {
                    return;
                }
            }
            if (p.bold() == s.bold() && p.italic() == s.italic() && p.superscript() == s.superscript()) {
                out.set(out.size() - 1, new Inline.Span(p.text() + text, p.bold(), p.italic(), p.superscript()));
                return;
            }
            out.add(new Inline.Span(text, s.bold(), s.italic(), s.superscript()));
            return;
        }
        out.add(s);
    }

    /** Every run of XML white space becomes one space (a loop: this runs for every text node). */
    static String collapse(String s) {
        StringBuilder sb = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isXmlSpace(c)) {
                int j = i + 1;
                while (j < n && isXmlSpace(s.charAt(j))) {
                    j++;
                }
                if (sb == null && (c != ' ' || j - i > 1)) {
                    sb = new StringBuilder(n).append(s, 0, i);
                }
                if (sb != null) {
                    sb.append(' ');
                }
                i = j - 1;
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /** {@code t} without its leading spaces (U+0020 only). */
    static String stripLeadingSpaces(String t) {
        int i = 0;
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        return i == 0 ? t : t.substring(i);
    }

    /**
     * {@code t} without the spaces (U+0020) at its end, or just before a line terminator that ends it, as
     * the regular expression {@code " +$"} removed them.
     */
    static String stripTrailingSpaces(String t) {
        int n = t.length();
        int end = n;
        if (n >= 2 && t.charAt(n - 2) == '\r' && t.charAt(n - 1) == '\n') {
            end = n - 2;
        } else if (n >= 1 && "\n\r\u0085\u2028\u2029".indexOf(t.charAt(n - 1)) >= 0) {
            end = n - 1;
        }
        int j = end;
        while (j > 0 && t.charAt(j - 1) == ' ') {
            j--;
        }
        return j == end ? t : t.substring(0, j) + t.substring(end);
    }

    /** Drop leading and trailing collapsible space, and space next to a line break. */
    private static List<Inline> trim(List<Inline> in) {
        List<Inline> out = new ArrayList<>(in);
        for (int k = 0; k < out.size(); k++) {
            if (out.get(k) instanceof Inline.Span s) {
                boolean atStart = k == 0 || out.get(k - 1) instanceof Inline.LineBreak;
                boolean atEnd = k == out.size() - 1 || out.get(k + 1) instanceof Inline.LineBreak;
                String t = s.text();
                if (atStart) {
                    t = stripLeadingSpaces(t);
                }
                if (atEnd) {
                    t = stripTrailingSpaces(t);
                }
                if (t.isEmpty()) {
                    out.remove(k--);
                } else if (!t.equals(s.text())) {
                    out.set(k, new Inline.Span(t, s.bold(), s.italic(), s.superscript()));
                }
            }
        }
        return out;
    }

    // ---- helpers ----

    private static Role role(Element e, Role dflt) {
        String r = e.getAttribute("role");
        if (r.isEmpty()) {
            if (dflt == null) {
                throw new MarkupException("<" + e.getTagName() + "> needs a role", e);
            }
            return dflt;
        }
        try {
            return Role.fromMarkup(r);
        } catch (IllegalArgumentException x) {
            throw new MarkupException("unknown role '" + r + "'", e);
        }
    }

    private static Table.Align align(Element e, Table.Align dflt) {
        return switch (e.getAttribute("align")) {
            case "" -> dflt;
            case "left" -> Table.Align.LEFT;
            case "center" -> Table.Align.CENTER;
            case "right" -> Table.Align.RIGHT;
            case "justify" -> Table.Align.JUSTIFY;
            default -> throw new MarkupException("unknown align '" + e.getAttribute("align") + "'", e);
        };
    }

    private static int intAttr(Element e, String name, int dflt) {
        String v = e.getAttribute(name);
        try {
            return v.isEmpty() ? dflt : Integer.parseInt(v.trim());
        } catch (NumberFormatException x) {
            throw new MarkupException("<" + e.getTagName() + " " + name + "=\"" + v + "\"> is not a whole number", e);
        }
    }

    private static double doubleAttr(Element e, String name, double dflt) {
        String v = e.getAttribute(name);
        try {
            return v.isEmpty() ? dflt : Double.parseDouble(v.trim());
        } catch (NumberFormatException x) {
            throw new MarkupException("<" + e.getTagName() + " " + name + "=\"" + v + "\"> is not a number", e);
        }
    }

    private static void expect(Element e, String name) {
        if (!e.getTagName().equals(name)) {
            throw new MarkupException("expected <" + name + "> but found <" + e.getTagName() + ">", e);
        }
    }

    private static Element child(Element e, String name) {
        for (Element c : children(e)) {
            if (c.getTagName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element el) {
                out.add(el);
            } else if (c.getNodeType() == Node.TEXT_NODE && !c.getNodeValue().isBlank()) {
                throw new MarkupException("text '" + c.getNodeValue().strip() + "' outside a paragraph in <"
                        + e.getTagName() + ">", e);
            }
        }
        return out;
    }
}
