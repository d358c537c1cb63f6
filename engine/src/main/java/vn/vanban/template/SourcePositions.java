package vn.vanban.template;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks every markup element a template prints with the template place that printed it, as an
 * attribute {@code vb-src='nd30.ftlx:13:7'} (see {@code layout.markup.MarkupReader.SOURCE_ATTRIBUTE}),
 * by editing the template's text before FreeMarker parses it. Used only to locate a markup error
 * after the fact, so a normal rendering carries no attribute and pays nothing.
 *
 * <p>An element is a {@code <name} in the template's static text followed by white space, {@code >},
 * {@code /} or an FTL tag ({@code <td<@spans c/>}); FTL tags ({@code <#if>}, {@code <@m>}) and end tags
 * are left alone. The value is single-quoted so that a tag inside an FTL string literal stays a valid
 * string; should the edit still break a template, the caller falls back to the unlocated message.
 */
final class SourcePositions {
    static final String ATTRIBUTE = "vb-src";
    private static final Pattern ELEMENT = Pattern.compile("<([A-Za-z][A-Za-z0-9_-]*)(?=[\\s/>]|<[#@])");

    private SourcePositions() {
    }

    static String mark(String templateName, String text) {
        String name = templateName.replaceAll("[^A-Za-z0-9_./-]", "_");
        StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
        int line = 1;
        int lineStart = 0;
        int last = 0;
        Matcher m = ELEMENT.matcher(text);
        while (m.find()) {
            for (int i = last; i < m.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            out.append(text, last, m.end()).append(' ').append(ATTRIBUTE).append("='").append(name).append(':')
                    .append(line).append(':').append(m.start() - lineStart + 1).append('\'');
            last = m.end();
            // Line counting resumes from the end of the match (a tag name holds no line break).
        }
        return out.append(text, last, text.length()).toString();
    }
}
