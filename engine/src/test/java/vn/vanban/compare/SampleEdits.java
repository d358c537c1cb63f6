package vn.vanban.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.vanban.render.FileTrees;

/**
 * The edits a clerk makes between two drafts, generated for any content file by editing its YAML text
 * (and its data files) the way a person would: a word changed, a sentence added, a section inserted at
 * the start, a task (or clause) deleted, a task's lead changed, a figure and a table cell changed, a
 * footnote changed, a word made bold. An edit that the document has no place for ({@code chu-tri} in a document without
 * tasks) does not apply to it.
 */
enum SampleEdits {
    WORD, SENTENCE, SECTION_FIRST, TASK_DELETED, LEAD, DATA, FOOTNOTE, BOLD;

    /** Applies the edit to the project copy {@code dir} holding {@code content/<name>}; false if it has no place. */
    boolean apply(Path dir, String name) {
        Path file = dir.resolve("content").resolve(name);
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            boolean done = switch (this) {
                case WORD -> word(lines);
                case SENTENCE -> sentence(lines);
                case SECTION_FIRST -> sectionFirst(lines);
                case TASK_DELETED -> deleteItem(lines);
                case LEAD -> lead(lines);
                case DATA -> data(lines, dir);
                case FOOTNOTE -> footnote(lines);
                case BOLD -> bold(lines);
            };
            if (done) {
                Files.write(file, lines, StandardCharsets.UTF_8);
            }
            return done;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int body(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("noi-dung:")) {
                return i;
            }
        }
        return -1;
    }

    private static final Pattern WORDS = Pattern.compile("^(\\s+)(\\p{L}+ \\p{L}+ )(\\p{L}+)( \\p{L}+ \\p{L}+.*)$");

    /** A plain text line of the body: indented prose, not a key, comment or list marker. */
    private static boolean prose(String l) {
        String t = l.strip();
        return !t.isEmpty() && !t.startsWith("#") && !t.startsWith("-") && !t.contains(": ") && !t.endsWith(":")
                && !t.contains("[^") && !t.contains("\"") && Character.isLetter(t.charAt(0));
    }

    private static boolean word(List<String> lines) {
        for (int i = body(lines) + 1; i > 0 && i < lines.size(); i++) {
            Matcher m = WORDS.matcher(lines.get(i));
            if (prose(lines.get(i)) && m.matches()) {
                lines.set(i, m.group(1) + m.group(2) + "khẩn trương" + m.group(4));
                return true;
            }
        }
        return false;
    }

    /** A word of the second prose line made bold: a formatting change only. */
    private static boolean bold(List<String> lines) {
        int seen = 0;
        for (int i = body(lines) + 1; i > 0 && i < lines.size(); i++) {
            Matcher m = WORDS.matcher(lines.get(i));
            if (prose(lines.get(i)) && m.matches() && ++seen == 2) {
                lines.set(i, m.group(1) + m.group(2) + "**" + m.group(3) + "**" + m.group(4));
                return true;
            }
        }
        return false;
    }

    private static boolean sentence(List<String> lines) {
        for (int i = body(lines) + 1; i > 0 && i < lines.size(); i++) {
            String l = lines.get(i);
            boolean lastOfBlock = i + 1 >= lines.size() || !prose(lines.get(i + 1));
            if (prose(l) && l.stripTrailing().endsWith(".") && lastOfBlock) {
                lines.set(i, l.stripTrailing() + " Câu này được thêm vào bản mới.");
                return true;
            }
        }
        return false;
    }

    private static boolean sectionFirst(List<String> lines) {
        int b = body(lines);
        if (b < 0) {
            return false;
        }
        int first = b + 1;
        while (first < lines.size() && (lines.get(first).isBlank() || lines.get(first).strip().startsWith("#"))) {
            first++;
        }
        String ind = lines.get(first).substring(0, lines.get(first).indexOf('-'));
        lines.addAll(b + 1, List.of(
                ind + "- muc: MỤC THÊM VÀO ĐẦU",
                ind + "  noi-dung:",
                ind + "    - Nội dung của mục mới thêm vào đầu văn bản."));
        return true;
    }

    /** The first task, else the second clause, else the second section, else the second bullet: the item and all indented under it. */
    private static boolean deleteItem(List<String> lines) {
        int at = -1;
        for (int nth = 1; at < 0; nth++) {
            int task = find(lines, "- nhiem-vu:", nth);
            if (task < 0) {
                break;
            }
            if (!referenced(lines, task)) {
                at = task;
            }
        }
        if (at < 0) {
            at = find(lines, "- khoan:", 2);
        }
        if (at < 0) {
            at = find(lines, "- muc:", 2);
        }
        if (at < 0) {
            at = secondBullet(lines);
        }
        if (at < 0) {
            return false;
        }
        int ind = lines.get(at).indexOf('-');
        int end = at + 1;
        while (end < lines.size() && (lines.get(end).isBlank() || indent(lines.get(end)) > ind)) {
            end++;
        }
        lines.subList(at, end).clear();
        return true;
    }

    /** True when the item at {@code at} has an {@code id} that a cross-reference ({@code [#...]}) names. */
    private static boolean referenced(List<String> lines, int at) {
        int ind = lines.get(at).indexOf('-');
        for (int i = at; i < lines.size() && (i == at || lines.get(i).isBlank() || indent(lines.get(i)) > ind); i++) {
            String t = lines.get(i).strip();
            if (t.startsWith("id:")) {
                String id = t.substring(3).strip();
                return lines.stream().anyMatch(l -> l.contains("[#") && l.matches(".*\\[#[^\\]]*\\b" + java.util.regex.Pattern.quote(id) + "\\b.*"));
            }
        }
        return false;
    }

    /**
     * The second item of the first bullet list ({@code gach:}), else of a meeting's participants
     * ({@code thanh-phan:}), for documents without tasks or sections.
     */
    private static int secondBullet(List<String> lines) {
        int list = find(lines, "- gach:", 1);
        if (list < 0) {
            list = find(lines, "thanh-phan:", 1);
        }
        if (list < 0) {
            return -1;
        }
        int ind = indent(lines.get(list));
        int seen = 0;
        for (int i = list + 1; i < lines.size() && (lines.get(i).isBlank() || indent(lines.get(i)) > ind); i++) {
            if (lines.get(i).strip().startsWith("- ") && ++seen == 2) {
                return i;
            }
        }
        return -1;
    }

    private static int find(List<String> lines, String start, int nth) {
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(start) && ++seen == nth) {
                return i;
            }
        }
        return -1;
    }

    private static int indent(String l) {
        int n = 0;
        while (n < l.length() && l.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    /** A task's lead agency: a {@code chu-tri} with its value on the line (a meeting's chủ trì is a person, a mapping). */
    private static boolean lead(List<String> lines) {
        int at = -1;
        for (int i = 0; i < lines.size() && at < 0; i++) {
            String t = lines.get(i).strip();
            if (t.startsWith("chu-tri:") && t.length() > "chu-tri:".length()) {
                at = i;
            }
        }
        if (at < 0) {
            return false;
        }
        String l = lines.get(at);
        String agency = l.contains("Sở Y tế") ? "Sở Giáo dục và Đào tạo" : "Sở Y tế";
        lines.set(at, l.substring(0, l.indexOf("chu-tri:")) + "chu-tri: " + agency);
        return true;
    }

    private static final Pattern FIGURE = Pattern.compile("^(\\s+[a-z0-9-]+: )(\\d+)(\\s*(#.*)?)$");
    private static final Pattern PLANNED = Pattern.compile("^(\\s+ke-hoach: )(\\d+(\\.\\d+)?)$");

    /** A figure in the period's data file, a target's planned value, a spreadsheet cell. */
    private static boolean data(List<String> lines, Path dir) throws IOException {
        boolean done = false;
        String unit = null;
        String period = null;
        for (String l : lines) {
            if (l.startsWith("so-lieu: ")) {
                unit = l.substring("so-lieu: ".length()).strip();
            } else if (l.strip().startsWith("tong-hop: [")) {
                unit = l.substring(l.indexOf('[') + 1, l.indexOf(',')).strip();
            } else if (l.startsWith("ky-mac-dinh: ")) {
                period = l.substring("ky-mac-dinh: ".length()).strip();
            }
        }
        if (unit != null && period != null) {
            Path figures = dir.resolve("content/so-lieu").resolve(unit).resolve(period + ".yaml");
            List<String> f = new ArrayList<>(Files.readAllLines(figures, StandardCharsets.UTF_8));
            for (int i = 0; i < f.size(); i++) {
                Matcher m = FIGURE.matcher(f.get(i));
                if (m.matches() && f.get(i).contains("tre-em-tai-nan-thuong-tich")) {
                    f.set(i, m.group(1) + (Long.parseLong(m.group(2)) + 7));
                    Files.write(figures, f, StandardCharsets.UTF_8);
                    done = true;
                    break;
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = PLANNED.matcher(lines.get(i));
            if (m.matches() && !m.group(2).equals("0") && !m.group(2).equals("100")) {
                lines.set(i, m.group(1) + "12");
                done = true;
                break;
            }
        }
        for (String l : lines) {
            if (l.strip().startsWith("tep: ") && l.strip().endsWith(".xlsx")) {
                done |= spreadsheetCell(dir.resolve("content").resolve(l.strip().substring(5)));
            }
        }
        return done;
    }

    /** The first whole number below the header in the first sheet, plus 5. */
    private static boolean spreadsheetCell(Path xlsx) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(xlsx)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            Sheet s = wb.getSheetAt(0);
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.NUMERIC && c.getNumericCellValue() > 10
                            && c.getNumericCellValue() == Math.rint(c.getNumericCellValue())) {
                        c.setCellValue(c.getNumericCellValue() + 5);
                        try (OutputStream out = Files.newOutputStream(xlsx)) {
                            wb.write(out);
                        }
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean footnote(List<String> lines) {
        int at = find(lines, "chu-thich:", 1);
        if (at < 0) {
            return false;
        }
        for (int i = at + 1; i < lines.size(); i++) {
            Matcher m = WORDS.matcher(lines.get(i));
            if (prose(lines.get(i)) && m.matches()) {
                lines.set(i, m.group(1) + m.group(2) + "sửa đổi" + m.group(4));
                return true;
            }
        }
        return false;
    }

    /** A copy of the project's content folder, so edits never touch the real one. */
    static Path copyContent(Path root, Path dir) {
        try {
            FileTrees.copy(root.resolve("content"), dir.resolve("content"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
