package vn.vanban.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;
import vn.vanban.load.YNode;

/**
 * The common capitalisation slips of ND30 Phụ lục II ("Viết hoa trong văn bản hành chính"), warned at
 * the value that has them: "Việt nam"; an agency's name in lower case ("ủy ban nhân dân tỉnh ...");
 * a document type before its number in lower case ("kế hoạch số 12/KH-UBND"); "nhân dân" meaning the
 * people, which the decree capitalises; a whole word in capitals inside a sentence. A clerk who means
 * it writes the comment {@code # viet-hoa: dung} at the end of that line (or on the line above).
 */
final class Capitals {
    static final String SILENCE = "# viet-hoa: dung";
    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Keys whose values are not running text: names printed in capitals, codes, dates, table cells. */
    private static final Set<String> SKIP = Set.of("loai", "co-quan-chu-quan", "co-quan-ban-hanh", "so", "ky-hieu",
            "ngay", "dia-danh", "ky", "id", "tu", "den", "bang", "so-lieu", "ky-mac-dinh", "ban-hanh", "thoi-gian",
            "kieu-so-phu-luc", "danh-so", "huong", "dau", "can", "so-lieu-phu-luc", "chi-tieu");
    /** Titles may be typed in capitals: only the whole-capital rule is left out there. */
    private static final Set<String> TITLES = Set.of("muc", "phan", "tieu-de", "phu-de", "trich-yeu", "noi-nhan",
            "tham-quyen");
    private static final Pattern VIET_NAM = Pattern.compile("Việt nam\\b");
    private static final Pattern AGENCY = Pattern.compile(
            "(?<![\\p{L}])(ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân)(?= (tỉnh|huyện|xã|thành phố|quận|phường|thị xã|thị trấn|các cấp)\\b)");
    private static final Pattern TYPE_NUMBER = Pattern.compile("(?<![\\p{L}])(kế hoạch|quyết định|công văn|báo cáo|"
            + "thông báo|tờ trình|nghị định|nghị quyết|chỉ thị|thông tư|hướng dẫn|chương trình|giấy mời) số \\d");
    private static final Pattern PEOPLE = Pattern.compile("(?<![\\p{L}])nhân dân(?![\\p{L}])");
    private static final List<String> BODIES_BEFORE_PEOPLE = List.of("ủy ban ", "uỷ ban ", "hội đồng ", "tòa án ",
            "toà án ", "viện kiểm sát ", "công an ", "quân đội ", "vũ trang ");
    /** A word in capitals with a Vietnamese vowel mark: a word, not an abbreviation (UBND, HĐND, KH-UBND). */
    private static final Pattern CAPS_WORD = Pattern.compile("(?<![\\p{L}])(\\p{Lu}{2,})(?![\\p{L}])");
    private static final Pattern MARKED = Pattern.compile("[À-ỹ&&[^Đđ]]");

    private final Diagnostics diags;
    private final Map<Path, List<String>> sources = new HashMap<>();

    private Capitals(Diagnostics diags) {
        this.diags = diags;
    }

    static void check(YNode root, Diagnostics diags) {
        new Capitals(diags).walk(root, "", false);
    }

    private void walk(YNode n, String key, boolean title) {
        switch (n) {
            case YNode.YMap m -> {
                for (YNode.Entry e : m.entries().values()) {
                    if (!SKIP.contains(e.key())) {
                        walk(e.value(), e.key(), TITLES.contains(e.key()));
                    }
                }
            }
            case YNode.YSeq s -> s.items().forEach(i -> walk(i, key, title));
            case YNode.YScalar s -> {
                if (!s.isNull()) {
                    text(s, title);
                }
            }
            default -> {
            }
        }
    }

    private void text(YNode.YScalar s, boolean title) {
        String v = s.value();
        Matcher m = VIET_NAM.matcher(v);
        if (m.find()) {
            warn(s, m.start(), "lint.caps.viet-nam", m.group());
        }
        m = AGENCY.matcher(v);
        if (m.find()) {
            warn(s, m.start(), "lint.caps.agency", m.group(1), capitalFirst(m.group(1)));
        }
        m = TYPE_NUMBER.matcher(v);
        if (m.find()) {
            warn(s, m.start(), "lint.caps.type-number", m.group(1), capitalFirst(m.group(1)));
        }
        m = PEOPLE.matcher(v);
        while (m.find()) {
            String before = v.substring(Math.max(0, m.start() - 20), m.start()).toLowerCase(VI);
            if (BODIES_BEFORE_PEOPLE.stream().noneMatch(before::endsWith)) {
                warn(s, m.start(), "lint.caps.people");
                break;
            }
        }
        if (!title) {
            m = CAPS_WORD.matcher(v);
            while (m.find()) {
                if (MARKED.matcher(m.group(1)).find() && insideSentence(v, m.start())) {
                    warn(s, m.start(), "lint.caps.whole-word", m.group(1));
                    break;
                }
            }
        }
    }

    /** The word before is in lower case: the capitals stand inside a sentence, not in a title or a heading. */
    private static boolean insideSentence(String v, int at) {
        int i = at - 1;
        while (i >= 0 && !Character.isLetter(v.charAt(i))) {
            if (v.charAt(i) == '.' || v.charAt(i) == ':' || v.charAt(i) == '"' || v.charAt(i) == '“') {
                return false;
            }
            i--;
        }
        return i >= 0 && Character.isLowerCase(v.charAt(i));
    }

    private static String capitalFirst(String s) {
        return s.substring(0, 1).toUpperCase(VI) + s.substring(1);
    }

    /** At the slip itself when the value is a single plain line, else at the value's start. */
    private void warn(YNode.YScalar s, int offset, String key, Object... args) {
        Loc at = s.loc();
        if (silenced(at)) {
            return;
        }
        String line = sourceLine(at).orElse("");
        // Plain one-line values start at their column: the slip's own column is then known.
        if (s.plain() && s.value().indexOf('\n') < 0 && at.col() >= 1 && line.startsWith(s.value(), at.col() - 1)) {
            at = new Loc(at.file(), at.line(), at.col() + offset);
        }
        diags.warning(at, key, args);
    }

    private boolean silenced(Loc loc) {
        List<String> lines = lines(loc.file());
        int i = loc.line() - 1;
        return i >= 0 && i < lines.size() && (lines.get(i).contains(SILENCE)
                || i > 0 && lines.get(i - 1).strip().equals(SILENCE));
    }

    private java.util.Optional<String> sourceLine(Loc loc) {
        List<String> lines = lines(loc.file());
        int i = loc.line() - 1;
        return i >= 0 && i < lines.size() ? java.util.Optional.of(lines.get(i)) : java.util.Optional.empty();
    }

    private List<String> lines(Path file) {
        return sources.computeIfAbsent(file, f -> {
            try {
                return f != null && Files.isRegularFile(f) ? Files.readAllLines(f) : List.of();
            } catch (IOException e) {
                return List.of();
            }
        });
    }
}
