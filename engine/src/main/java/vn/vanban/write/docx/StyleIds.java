package vn.vanban.write.docx;

import java.util.Locale;

import vn.vanban.layout.Role;

/**
 * The paragraph style of each role. Headings and footnote text use Word's built-in ids, so the
 * navigation pane, the table of contents and Insert Footnote work on them; every other role gets a
 * style of its own ({@code VbIssuingBody}) that a clerk can restyle in one place.
 */
final class StyleIds {
    static final String NORMAL = "Normal";
    static final String FOOTNOTE_REFERENCE = "FootnoteReference";

    private StyleIds() {
    }

    static String of(Role role) {
        int level = role.headingLevel();
        if (level > 0) {
            return "Heading" + level;
        }
        if (role == Role.FOOTNOTE) {
            return "FootnoteText";
        }
        return "Vb" + camel(role);
    }

    /** The name shown in Word's style list; built-in styles must use Word's lower-case names. */
    static String displayName(Role role) {
        int level = role.headingLevel();
        if (level > 0) {
            return "heading " + level;
        }
        if (role == Role.FOOTNOTE) {
            return "footnote text";
        }
        return "VB " + words(role);
    }

    private static String camel(Role role) {
        return words(role).replace(" ", "");
    }

    private static String words(Role role) {
        StringBuilder sb = new StringBuilder();
        for (String part : role.name().split("_")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }
}
