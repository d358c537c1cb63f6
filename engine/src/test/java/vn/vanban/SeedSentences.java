package vn.vanban;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentences of a seed plan (a text extraction of a real document), stripped of the numbering
 * labels the engine prints itself, for checking that a rendering says everything the seed says.
 */
public final class SeedSentences {
    /** I., 1., 1.1., 2.5.2, a), đ), -, +, *, and markdown heading marks. */
    private static final Pattern LABEL = Pattern.compile(
            "^\\s*(#+\\s*)?(\\*\\*)?\\s*([IVX]+\\.|\\d+(\\.\\d+)*\\.?(?=\\s)|[a-zđ]\\)|[-+*•–])\\s*");

    private SeedSentences() {
    }

    /** Sentences of the seed from its first line up to (not including) the line starting with {@code stopAt}. */
    public static List<String> of(Path seed, String stopAt) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String raw : Files.readAllLines(seed)) {
            if (stopAt != null && raw.strip().startsWith(stopAt)) {
                break;
            }
            String l = LABEL.matcher(raw.replaceFirst("^\\s*#+\\s*", "")).replaceFirst("")
                    .replace("**", "").replace("*", "").strip();
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        // A sentence the extraction broke across a page ("chương" / "trình") continues in lower case.
        List<String> joined = new ArrayList<>();
        for (String l : lines) {
            if (!joined.isEmpty() && Character.isLowerCase(l.codePointAt(0))
                    && !joined.get(joined.size() - 1).matches(".*[.;:!?)]$")) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + l);
            } else {
                joined.add(l);
            }
        }
        List<String> sentences = new ArrayList<>();
        for (String l : joined) {
            for (String s : l.split("(?<=[.;])\\s+")) {
                // A footnote mark glued to the last word ("trẻ em1.") is a real footnote in the rendering.
                String n = normalize(s).replaceAll("[.;:,\\s]+$", "").replaceAll("(?<=\\p{L})\\d$", "");
                if (n.length() > 1) {
                    sentences.add(n);
                }
            }
        }
        return sentences;
    }

    /** Collapse all white space (including no-break spaces) to one space. */
    public static String normalize(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
