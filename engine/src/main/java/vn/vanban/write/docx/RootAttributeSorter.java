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

    static byte[] sort(byte[] xml) {
        String s = new String(xml, StandardCharsets.UTF_8);
        int start = rootStart(s);
        if (start < 0) {
            return xml;
        }
        int end = s.indexOf('>', start);
        if (end < 0) {
            return xml;
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
