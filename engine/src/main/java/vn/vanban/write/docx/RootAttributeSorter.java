package vn.vanban.write.docx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JAXB declares every namespace on a part's root element, in an order that changes from one JVM run
 * to the next (it follows hash codes). Sorting the root element's attributes, namespace declarations
 * first, makes the part's bytes depend on its content only. Attribute order carries no meaning in
 * XML, so readers see the same document.
 */
final class RootAttributeSorter {
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    private static final Comparator<String> ORDER = Comparator
            .comparingInt((String a) -> a.startsWith("xmlns") ? 0 : 1)
            .thenComparing(Comparator.naturalOrder());

    private RootAttributeSorter() {
    }

    static boolean appliesTo(String entryName) {
        return entryName.endsWith(".xml") || entryName.endsWith(".rels");
    }

    /**
     * Only the part up to the end of the root's start tag is decoded and rebuilt; the rest (all of
     * {@code document.xml} but a few hundred bytes) is copied as it is. {@code '>'} is one byte in
     * UTF-8 and never part of a longer sequence, so the cut is always between characters.
     */
    static byte[] sort(byte[] xml) {
        int cut = headEnd(xml);
        if (cut < 0) {
            return xml;
        }
        byte[] head = sortHead(new String(xml, 0, cut, StandardCharsets.UTF_8));
        if (head == null) {
            return xml;
        }
        byte[] out = new byte[head.length + xml.length - cut];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(xml, cut, out, head.length, xml.length - cut);
        return out;
    }

    /**
     * The length of the bytes up to and including the {@code '>'} that ends the root's start tag: the
     * first {@code '>'} after a {@code '<'} that opens no declaration, comment or processing instruction.
     */
    private static int headEnd(byte[] xml) {
        int i = 0;
        while (i < xml.length) {
            if (xml[i] != '<') {
                i++;
                continue;
            }
            int close;
            if (startsWith(xml, i, "<?")) {
                close = indexOf(xml, "?>", i);
            } else if (startsWith(xml, i, "<!--")) {
                close = indexOf(xml, "-->", i);
            } else if (startsWith(xml, i, "<!")) {
                close = indexOf(xml, ">", i);
            } else {
                int end = indexOf(xml, ">", i);
                return end < 0 ? -1 : end + 1;
            }
            if (close < 0) {
                return -1;
            }
            i = close;
        }
        return -1;
    }

    private static boolean startsWith(byte[] b, int at, String ascii) {
        if (at + ascii.length() > b.length) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (b[at + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, String ascii, int from) {
        for (int i = from; i <= b.length - ascii.length(); i++) {
            if (startsWith(b, i, ascii)) {
                return i;
            }
        }
        return -1;
    }

    /** The head (everything up to the root's start tag, included) with the root's attributes sorted. */
    private static byte[] sortHead(String s) {
        int start = rootStart(s);
        if (start < 0) {
            return null;
        }
        int end = s.indexOf('>', start);
        if (end < 0) {
            return null;
        }
        boolean selfClosing = s.charAt(end - 1) == '/';
        String tag = s.substring(start + 1, selfClosing ? end - 1 : end);
        int nameEnd = 0;
        while (nameEnd < tag.length() && !Character.isWhitespace(tag.charAt(nameEnd))) {
            nameEnd++;
        }
        List<String[]> attributes = new ArrayList<>();
        Matcher m = ATTRIBUTE.matcher(tag.substring(nameEnd));
        while (m.find()) {
            attributes.add(new String[] {m.group(1), m.group(2)});
        }
        attributes.sort(Comparator.comparing((String[] a) -> a[0], ORDER));
        StringBuilder out = new StringBuilder(s.length());
        out.append(s, 0, start).append('<').append(tag, 0, nameEnd);
        for (String[] a : attributes) {
            out.append(' ').append(a[0]).append('=').append(a[1]);
        }
        out.append(selfClosing ? "/>" : ">").append(s, end + 1, s.length());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Index of the root element's '<', past the XML declaration, comments and processing instructions. */
    private static int rootStart(String s) {
        int i = 0;
        while ((i = s.indexOf('<', i)) >= 0) {
            if (s.startsWith("<?", i)) {
                i = s.indexOf("?>", i);
            } else if (s.startsWith("<!--", i)) {
                i = s.indexOf("-->", i);
            } else if (s.startsWith("<!", i)) {
                i = s.indexOf('>', i);
            } else {
                return i;
            }
            if (i < 0) {
                return -1;
            }
        }
        return -1;
    }
}
