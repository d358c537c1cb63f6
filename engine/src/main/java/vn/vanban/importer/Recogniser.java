package vn.vanban.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source paragraphs → the document's structure: the ND30 header block, title, căn cứ and opening,
 * the numbered body (nested by the source's numbering, so vanban numbers it again), tasks and
 * range duties, closing sentence, Nơi nhận, signature, appendices. What it cannot place it keeps
 * as plain text with the reason; numbering slips become located warnings.
 */
public final class Recogniser {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern NUMBER_LINE = Pattern.compile(
            "Số\\s*:?\\s*([0-9]*)\\s*/\\s*([\\p{Lu}0-9&]+(?:\\s*-\\s*[\\p{Lu}0-9&]+)*)");
    private static final Pattern PLACE_DATE = Pattern.compile(
            "([\\p{L} .'-]*?)\\s*,\\s*ngày\\s*([0-9]{0,2})\\s*tháng\\s*([0-9]{0,2})\\s*năm\\s*([0-9]{4})");
    private static final Pattern AUTHORITY = Pattern.compile("^(TM|KT|Q|TL|TUQ)\\s*\\.\\s*(\\S.*)");
    private static final Pattern APPENDIX = Pattern.compile(
            "^(PHỤ LỤC|Phụ lục|PHU LUC)(?:\\s+(số\\s+)?([0-9]+|[IVXLC]+))?\\s*[:.\\-–]?\\s*(.*)$");
    private static final Pattern ATTACHED = Pattern.compile("^\\((Kèm theo.*)\\)\\.?$");
    private static final Pattern NATIONAL = Pattern.compile(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\\s*[-–]\\s*Tự do\\s*[-–]\\s*Hạnh phúc",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A warning with its place in the source: a message key of {@code diag.Messages} and its arguments. */
    public record Warning(String where, String key, Object... args) {
        /** The warning in Vietnamese. */
        public String text() {
            return text(VI_MESSAGES);
        }

        public String text(vn.vanban.diag.Messages messages) {
            return messages.get(key, args);
        }
    }

    private static final vn.vanban.diag.Messages VI_MESSAGES = vn.vanban.diag.Messages.forLanguage("vi");

    /** What was recognised, for the summary line. */
    public static final class Counts {
        public int sections;
        public int tasks;
        public int tables;
        public int recipients;
        public int appendices;
        public int unplaced;
        public boolean signature;
    }

    private final List<Src> src;
    private final Map<String, String> typeNames;
    private final Draft d = new Draft();
    private final List<Warning> warnings = new ArrayList<>();
    private final Counts counts = new Counts();
    private final List<String> unplaced = new ArrayList<>();
    private int pos;

    /** {@code typeNames}: printed type name (KẾ HOẠCH) → type key (ke-hoach), from the type registry. */
    public Recogniser(List<Src> src, Map<String, String> notes, Map<String, String> typeNames) {
        this.src = new ArrayList<>(src);
        this.typeNames = typeNames;
        d.notes.putAll(notes);
        if (notes.isEmpty()) {
            plainTextNotes();
        }
        joinBrokenParagraphs();
    }

    /**
     * A sentence cut in two by a page break in the document the source was made from ("... chương" /
     * "trình, kế hoạch ..."): a paragraph going on in lower case after one that does not end a sentence
     * is joined to it.
     */
    private void joinBrokenParagraphs() {
        for (int i = src.size() - 1; i > 0; i--) {
            if (src.get(i) instanceof Src.Para next && src.get(i - 1) instanceof Src.Para before
                    && running(next.role()) && running(before.role()) && next.autoLabel() == null) {
                String a = before.plain().strip();
                String b = next.plain().strip();
                if (!a.isEmpty() && !b.isEmpty() && Character.isLowerCase(b.codePointAt(0)) && !labelled(b)
                        && !a.matches(".*[.:;!?)]$") && !a.matches("^Nơi nhận.*")) {
                    src.set(i - 1, before.withText(before.text().strip() + " " + next.text().strip()));
                    src.remove(i);
                }
            }
        }
    }

    private static boolean running(Src.Role r) {
        return r == Src.Role.NONE || r == Src.Role.BODY || r == Src.Role.LIST;
    }

    /**
     * Footnotes in plain text: the page's foot comes out as a line "1 Luật trẻ em năm 2016, ..." at the
     * end, and the reference as a digit glued to a word ("trẻ em1."). Each such closing line whose
     * number is found glued in the text before becomes a footnote; the digit becomes its reference.
     */
    private void plainTextNotes() {
        Pattern noteLine = Pattern.compile("^(\\d{1,2})\\s+(\\S.*)");
        while (!src.isEmpty() && src.get(src.size() - 1) instanceof Src.Para last) {
            Matcher m = noteLine.matcher(last.text().strip());
            if (!m.matches()) {
                return;
            }
            String n = m.group(1);
            Pattern ref = Pattern.compile("(?<=\\p{Ll})" + n + "(?=[.,;:)]?(\\s|$))");
            boolean placed = false;
            for (int i = 0; i < src.size() - 1 && !placed; i++) {
                if (src.get(i) instanceof Src.Para p) {
                    Matcher r = ref.matcher(p.text());
                    if (r.find()) {
                        src.set(i, p.withText(p.text().substring(0, r.start()) + "[^cn" + n + "]" + p.text().substring(r.end())));
                        placed = true;
                    }
                }
            }
            if (!placed) {
                return;
            }
            d.notes.put("cn" + n, m.group(2).strip());
            src.remove(src.size() - 1);
        }
    }

    public Draft draft() {
        return d;
    }

    public List<Warning> warnings() {
        return warnings;
    }

    public Counts counts() {
        return counts;
    }

    /** Texts kept as plain paragraphs because they could not be placed, with why. */
    public List<String> unplaced() {
        return unplaced;
    }

    public Recogniser run() {
        header();
        int end = endOfBody();
        List<Src> bodyZone = new ArrayList<>(src.subList(pos, end));
        pos = end;
        opening(bodyZone);
        closingZone();
        appendices();
        fillRequired();
        return this;
    }

    // ---------------------------------------------------------------- header and title

    private void header() {
        int type = -1;
        for (int i = 0; i < Math.min(src.size(), 30); i++) {
            if (src.get(i) instanceof Src.Para p && typeOf(p) != null) {
                type = i;
                break;
            }
        }
        if (type < 0) {
            warnings.add(new Warning(src.isEmpty() ? "đầu tệp" : src.get(0).where(),
                    "import.no-type"));
            return;
        }
        List<Src.Para> bodyLines = new ArrayList<>();
        for (int i = 0; i < type; i++) {
            if (!(src.get(i) instanceof Src.Para p)) {
                continue;
            }
            String line = p.plain().strip();
            // "Số:" on its own line, the number's blank and "/KH-UBND" on the next (text taken from a PDF).
            if (line.matches("^Số\\s*:?\\s*\\d*$") && i + 1 < type && src.get(i + 1) instanceof Src.Para next
                    && next.plain().strip().matches("^\\d*\\s*/.*")) {
                line = line + " " + next.plain().strip();
                i++;
            }
            String rest = headerFields(line);
            for (String part : rest.split("\\s{3,}")) {
                String s = part.strip();
                if (!s.isEmpty() && !s.matches("[-_=.*·]+")) {
                    bodyLines.add(new Src.Para(Marks.escape(s), s, p.role(), p.bold(), p.italic(), p.centered(), null,
                            false, p.where()));
                }
            }
        }
        bodies(bodyLines);
        Src.Para typeLine = (Src.Para) src.get(type);
        d.loai = typeOf(typeLine);
        pos = type + 1;
        // Trích yếu: the lines under the type name, up to the first body paragraph.
        while (pos < src.size() && src.get(pos) instanceof Src.Para p) {
            String s = p.plain().strip();
            if (s.isEmpty() || s.matches("[-_=.*·]+")) {
                pos++;
                continue;
            }
            boolean first = d.subject.isEmpty();
            boolean subjectRole = p.role() == Src.Role.SUBJECT || p.role() == Src.Role.HEADING && first;
            if (p.autoLabel() != null) {
                break; // Word's own numbering: the body has begun
            }
            boolean looksLike = !labelled(s) && s.length() < (first ? 300 : 120) && !s.startsWith("Kính gửi")
                    && (first || !s.matches("^(Căn cứ|Thực hiện|Theo|Để|Nhằm).*") && !s.endsWith(".") && !s.endsWith(":"));
            if (p.role() == Src.Role.SUBJECT || subjectRole || looksLike && (p.role() == Src.Role.NONE || first)
                    && p.role() != Src.Role.BODY) {
                d.subject.add(p.text().strip());
                pos++;
            } else {
                break;
            }
            if (d.subject.size() >= 4) {
                break;
            }
        }
        if (d.subject.isEmpty()) {
            warnings.add(new Warning(typeLine.where(), "import.no-subject", typeLine.plain().strip()));
        }
        // Kính gửi (reports).
        if (pos < src.size() && src.get(pos) instanceof Src.Para p && p.plain().strip().startsWith("Kính gửi")) {
            String after = p.plain().strip().replaceFirst("^Kính gửi\\s*:?\\s*", "");
            pos++;
            if (!after.isEmpty()) {
                d.addressees.add(Marks.escape(trimEnd(after)));
            }
            while (pos < src.size() && src.get(pos) instanceof Src.Para q
                    && (q.role() == Src.Role.ADDRESSEE || q.plain().strip().matches("^[-–]\\s+.*") && d.addressees.size() < 12
                    && q.plain().length() < 120)) {
                d.addressees.add(Marks.escape(trimEnd(q.plain().strip().replaceFirst("^[-–]\\s+", ""))));
                pos++;
            }
        }
    }

    /** Takes the number, code, place and date out of a header line; returns what is left. */
    private String headerFields(String s) {
        String rest = NATIONAL.matcher(s).replaceAll("   ");
        Matcher n = NUMBER_LINE.matcher(rest);
        if (n.find()) {
            if (!n.group(1).isEmpty()) {
                d.number = Integer.parseInt(n.group(1));
            }
            d.code = n.group(2).replaceAll("\\s+", "");
            rest = rest.substring(0, n.start()) + "   " + rest.substring(n.end());
        }
        Matcher pd = PLACE_DATE.matcher(rest);
        if (pd.find()) {
            d.place = pd.group(1).strip();
            String day = pd.group(2);
            String month = pd.group(3);
            String year = pd.group(4);
            d.date = month.isEmpty() ? year
                    : day.isEmpty() ? year + "-" + two(month) : year + "-" + two(month) + "-" + two(day);
            rest = rest.substring(0, pd.start()) + "   " + rest.substring(pd.end());
        }
        return rest;
    }

    private static String two(String n) {
        return n.length() == 1 ? "0" + n : n;
    }

    /** Parent and issuing body lines: from the reader's styles, else by their words. */
    private void bodies(List<Src.Para> lines) {
        List<String> parent = new ArrayList<>();
        List<String> issuing = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Src.Para p : lines) {
            String s = p.plain().strip();
            switch (p.role()) {
                case PARENT_BODY -> parent.add(s);
                case ISSUING_BODY -> issuing.add(s);
                default -> {
                    if (s.equals(s.toUpperCase(VI)) && s.length() < 80) {
                        unknown.add(s);
                    } else {
                        keep(d.opening, p, "dòng ở phần đầu văn bản không rõ là gì (không phải tên cơ quan, số, ngày)");
                    }
                }
            }
        }
        if (!unknown.isEmpty()) {
            // ND30: the parent body is one line above the issuing body; "UBND HUYỆN X" / "SỞ Y" above.
            boolean firstIsParent = unknown.size() >= 3
                    || unknown.size() == 2 && !unknown.get(0).matches("^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)$")
                    && unknown.get(1).matches("^(ỦY BAN|UỶ BAN|SỞ|PHÒNG|BAN|TRUNG TÂM|TRƯỜNG|CHI CỤC|CỤC|VỤ|VĂN PHÒNG|HỘI|ĐẢNG ỦY).*");
            if (firstIsParent && parent.isEmpty()) {
                parent.add(unknown.remove(0));
            }
            issuing.addAll(unknown);
        }
        d.parentBody.addAll(parent.stream().map(Marks::escape).toList());
        d.issuingBody.addAll(issuing.stream().map(Marks::escape).toList());
    }

    private String typeOf(Src.Para p) {
        String s = p.plain().strip().replaceAll("\\s+", " ");
        String key = typeNames.get(s.toUpperCase(VI));
        if (key != null && (s.equals(s.toUpperCase(VI)) || p.role() == Src.Role.DOC_TYPE)) {
            return key;
        }
        return null;
    }

    // ---------------------------------------------------------------- body

    /** Where the body ends: "Nơi nhận", the signature's first line, or an appendix. */
    private int endOfBody() {
        for (int i = pos; i < src.size(); i++) {
            if (src.get(i) instanceof Src.Para p) {
                String s = p.plain().strip();
                if (p.role() == Src.Role.RECIPIENTS_TITLE || s.matches("^Nơi nhận\\s*:?.*") && s.length() < 200
                        || p.role() == Src.Role.SIGNER) {
                    return i;
                }
                if (AUTHORITY.matcher(s).matches() && s.equals(s.toUpperCase(VI)) && s.length() < 80) {
                    return i;
                }
            }
        }
        for (int i = pos; i < src.size(); i++) {
            if (src.get(i) instanceof Src.Para p && appendixStart(p)) {
                return i;
            }
        }
        return src.size();
    }

    private void opening(List<Src> zone) {
        // The closing sentence: the last "Trên đây là ..." paragraph of the body.
        for (int i = zone.size() - 1; i >= 0 && i >= zone.size() - 4; i--) {
            if (zone.get(i) instanceof Src.Para p && p.plain().strip().matches("^(Trên đây|Trên đây là).*")) {
                d.closing = stripEnd(p.text().strip());
                zone.remove(i);
                break;
            }
        }
        int i = 0;
        for (; i < zone.size(); i++) {
            if (!(zone.get(i) instanceof Src.Para p)) {
                break;
            }
            String s = p.plain().strip();
            if (s.isEmpty()) {
                continue;
            }
            if (p.autoLabel() != null || labelled(s) && !s.matches("^[-–•+*]\\s.*")) {
                break;
            }
            if (s.startsWith("Căn cứ")) {
                d.bases.add(trimEnd(p.text().strip()));
            } else if (s.matches("^[-–•]\\s.*") && !d.bases.isEmpty() && d.opening.isEmpty()) {
                d.bases.add(trimEnd(p.text().strip().replaceFirst("^[-–•]\\s+", "")));
            } else {
                d.opening.add(textBlock(p));
            }
        }
        d.body.addAll(new BodyBuilder(warnings, counts).build(zone.subList(i, zone.size())));
    }

    // ---------------------------------------------------------------- Nơi nhận, signature

    private void closingZone() {
        boolean inRecipients = false;
        while (pos < src.size()) {
            if (!(src.get(pos) instanceof Src.Para p)) {
                break;
            }
            String s = p.plain().strip();
            if (s.isEmpty()) {
                pos++;
                continue;
            }
            Matcher auth = AUTHORITY.matcher(s);
            if (p.role() == Src.Role.RECIPIENTS_TITLE || s.matches("^Nơi nhận\\s*:?.*")) {
                inRecipients = true;
                String after = s.replaceFirst("^Nơi nhận\\s*:?\\s*", "");
                if (!after.isEmpty()) {
                    recipient(after);
                }
            } else if (p.role() == Src.Role.RECIPIENT
                    || inRecipients && (s.matches("^[-–+•]\\s*.*") || s.matches("^Lưu\\b.*"))) {
                recipient(s.replaceFirst("^[-–+•]\\s*", ""));
            } else if (auth.matches() && s.length() < 80 || p.role() == Src.Role.SIGNER && auth.matches()) {
                inRecipients = false;
                counts.signature = true;
                signaturePage = p.where();
                String who = auth.group(2).strip();
                switch (auth.group(1)) {
                    case "TM" -> d.signature.onBehalf = who;
                    case "KT" -> d.signature.deputyFor = who;
                    case "Q" -> d.signature.acting = who;
                    case "TL" -> d.signature.byOrder = who;
                    default -> d.signature.byAuthority = who;
                }
            } else if ((p.role() == Src.Role.SIGNER || p.role() == Src.Role.NONE && s.equals(s.toUpperCase(VI))
                    && s.length() < 60 && !appendixStart(p) && typeOf(p) == null) && d.signature.name == null
                    && (counts.signature || !d.recipients.isEmpty()) && d.signature.title.size() < 2
                    && samePage(signaturePage, p.where())) {
                inRecipients = false;
                counts.signature = true;
                d.signature.title.add(s);
            } else if ((p.role() == Src.Role.SIGNER_NAME || p.role() == Src.Role.NONE && looksLikeName(s)) && !d.signature.title.isEmpty()
                    && d.signature.name == null) {
                d.signature.name = s;
            } else if (closingFollows(pos + 1) && d.signature.name == null) {
                // "(Đã ký)", a seal note...: kept at the end of the body, flagged, so the signature is still read.
                keep(d.body, p, "đoạn giữa Nơi nhận và chữ ký không rõ là gì, đặt tạm ở cuối phần nội dung");
            } else {
                break;
            }
            pos++;
        }
        counts.recipients = d.recipients.size();
    }

    /** Where the signature's first line was: its title and name are on the same page of a PDF. */
    private String signaturePage;

    private static boolean samePage(String a, String b) {
        return a == null || !a.startsWith("trang ") || a.equals(b);
    }

    /** Whether a recipient or signature line comes within the next few paragraphs. */
    private boolean closingFollows(int from) {
        for (int i = from; i < Math.min(src.size(), from + 4); i++) {
            if (src.get(i) instanceof Src.Para q) {
                String t = q.plain().strip();
                if (q.role() == Src.Role.SIGNER || q.role() == Src.Role.RECIPIENT || q.role() == Src.Role.SIGNER_NAME
                        || AUTHORITY.matcher(t).matches() && t.length() < 80 || t.matches("^[-–+•]\\s.*") && t.length() < 120) {
                    return true;
                }
            }
        }
        return false;
    }

    private void recipient(String s) {
        String r = s.strip().replaceAll("[;.,]+$", "").strip();
        // ND30 prints "; (B/c)" as "(B/c)": a stray ";" before a bracket is dropped.
        r = r.replaceAll(";\\s*(\\([^)]*\\))$", " $1");
        if (r.isEmpty()) {
            return;
        }
        if (r.matches("^Lưu\\s*[^:].*") && !r.startsWith("Lưu:")) {
            String fixed = "Lưu: " + r.replaceFirst("^Lưu\\s*", "");
            warnings.add(new Warning("Nơi nhận", "import.keep-colon", r, fixed));
            r = fixed;
        }
        d.recipients.add(Marks.escape(r));
    }

    private static boolean looksLikeName(String s) {
        return s.length() < 50 && s.matches("^(\\p{Lu}\\p{Ll}*\\s+){1,5}\\p{Lu}\\p{Ll}*$");
    }

    // ---------------------------------------------------------------- appendices

    private boolean appendixStart(Src.Para p) {
        String s = p.plain().strip();
        return p.role() == Src.Role.APPENDIX_LABEL || s.length() < 200 && APPENDIX.matcher(s).matches()
                && (s.startsWith("PHỤ LỤC") || s.matches("^Phụ lục\\s+(số\\s+)?([0-9]+|[IVXLC]+)\\b.*"));
    }

    private void appendices() {
        Draft.Appendix current = null;
        List<Src> zone = new ArrayList<>();
        boolean unitLine = false;
        while (pos < src.size()) {
            Src x = src.get(pos);
            // "TÊN ĐƠN VỊ ....." set beside the label (read before it in a PDF) belongs to the next appendix.
            if (x instanceof Src.Para u && u.plain().strip().matches("^TÊN ĐƠN VỊ\\s*[.…]*$") && pos + 1 < src.size()
                    && src.get(pos + 1) instanceof Src.Para next && appendixStart(next)) {
                unitLine = true;
                pos++;
                continue;
            }
            if (x instanceof Src.Para p && (appendixStart(p) || current == null && p.role() != Src.Role.APPENDIX_NOTE)) {
                String s = p.plain().strip();
                if (s.isEmpty()) {
                    pos++;
                    continue;
                }
                finishAppendix(current, zone);
                zone.clear();
                current = new Draft.Appendix();
                current.unitLine = unitLine;
                unitLine = false;
                d.appendices.add(current);
                Matcher m = APPENDIX.matcher(s);
                if (appendixStart(p) && m.matches()) {
                    String n = m.group(3);
                    if (n != null && d.appendixNumbering == null) {
                        d.appendixNumbering = n.matches("[IVXLC]+") ? "la-ma" : n.length() == 2 && n.startsWith("0")
                                ? "so-hai-chu-so" : "so";
                    }
                    current.numbered = n != null;
                    if (!m.group(4).isBlank()) {
                        current.title = Marks.escape(m.group(4).strip());
                    }
                    pos++;
                } else {
                    // An unnumbered attachment after the signature ("BÁO CÁO" outline, "ĐỀ CƯƠNG").
                    current.numbered = false;
                    if (p.role() != Src.Role.APPENDIX_TITLE) {
                        current.comment = "phần sau chữ ký không có nhãn \"Phụ lục\", nhập thành phụ lục không đánh số ("
                                + p.where() + "); xem lại";
                    }
                }
                pos = appendixHead(current, pos);
                continue;
            }
            zone.add(x);
            pos++;
        }
        finishAppendix(current, zone);
        counts.appendices = d.appendices.size();
    }

    /** The lines under an appendix label: unit line, title, subtitles, "(Kèm theo ...)". */
    private int appendixHead(Draft.Appendix a, int i) {
        int subtitles = 0;
        while (i < src.size() && src.get(i) instanceof Src.Para p) {
            String s = p.plain().strip();
            Matcher att = ATTACHED.matcher(s);
            if (s.isEmpty()) {
                i++;
            } else if (p.role() == Src.Role.APPENDIX_UNIT || s.matches("^TÊN ĐƠN VỊ\\s*[.…]*$")) {
                a.unitLine = true;
                i++;
            } else if (p.role() == Src.Role.APPENDIX_NOTE || att.matches()) {
                a.attachedTo = Marks.escape((att.matches() ? att.group(1) : s.replaceAll("^\\(|\\)$", "")).strip());
                i++;
            } else if (p.role() == Src.Role.UNIT_LINE || s.matches("^Đơn vị tính\\s*:.*") && s.length() < 80) {
                a.measure = Marks.escape(s.replaceFirst("^Đơn vị tính\\s*:\\s*", ""));
                i++;
            } else if (a.title.isEmpty() && !labelled(s) && s.length() < 300) {
                a.title = p.text().strip();
                i++;
            } else if (!a.title.isEmpty() && (p.role() == Src.Role.APPENDIX_SUBTITLE || p.role() == Src.Role.APPENDIX_TITLE
                    || p.role() == Src.Role.CENTERED && subtitles < 3
                    || p.role() == Src.Role.NONE && !labelled(s) && s.length() < 250 && subtitles < 3
                    && !s.endsWith(".") && a.attachedTo == null)) {
                if (p.role() == Src.Role.APPENDIX_TITLE && subtitles == 0 && a.subtitle.isEmpty()) {
                    a.title = a.title + " " + p.text().strip();
                } else {
                    a.subtitle.add(p.text().strip());
                    subtitles++;
                }
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private void finishAppendix(Draft.Appendix a, List<Src> zone) {
        if (a == null) {
            return;
        }
        if (a.title.isEmpty()) {
            a.title = "<điền tên phụ lục>";
            warnings.add(new Warning(zone.isEmpty() ? "phụ lục" : zone.get(0).where(), "import.appendix-untitled"));
        }
        a.body.addAll(new BodyBuilder(warnings, counts).build(zone));
    }

    // ---------------------------------------------------------------- required keys

    private void fillRequired() {
        if (d.issuingBody.isEmpty()) {
            d.issuingBody.add("<điền tên cơ quan ban hành>");
            d.headerComments.put("co-quan-ban-hanh", "nguồn không có tên cơ quan ban hành");
        }
        if (d.code == null) {
            d.code = (d.loai.equals("bao-cao") ? "BC" : "KH") + "-UBND";
            d.headerComments.put("ky-hieu", "nguồn không có dòng \"Số: .../...\": ký hiệu đoán theo loại văn bản, cần xem lại");
        }
        if (d.subject.isEmpty()) {
            d.subject.add("<điền trích yếu>");
            d.headerComments.put("trich-yeu", "nguồn không có trích yếu");
        }
        if (d.recipients.isEmpty() || !d.recipients.get(d.recipients.size() - 1).startsWith("Lưu")) {
            d.recipients.add("Lưu: VT");
            d.headerComments.put("noi-nhan", d.recipients.size() == 1 ? "nguồn không có Nơi nhận; thêm dòng \"Lưu: VT\""
                    : "nguồn không có dòng \"Lưu: ...\" cuối Nơi nhận; đã thêm \"Lưu: VT\"");
        }
        if (d.signature.title.isEmpty()) {
            String lead = d.signature.deputyFor;
            d.signature.title.add(lead != null ? "PHÓ " + lead : "<điền chức vụ người ký>");
            d.headerComments.put("chuc-vu", "nguồn không có chức vụ người ký");
        }
        if (d.signature.name == null) {
            d.headerComments.put("ho-ten", "nguồn không có họ tên người ký: thêm \"ho-ten: ...\" khi đã có");
        }
        if (d.body.isEmpty()) {
            d.body.add(new Draft.Text("<điền nội dung>", false, "nguồn không có phần nội dung có đánh số"));
        }
    }

    // ---------------------------------------------------------------- helpers

    private void keep(List<Draft.Block> into, Src.Para p, String why) {
        into.add(new Draft.Text(p.text().strip(), false, why + " (" + p.where() + ")"));
        counts.unplaced++;
        unplaced.add(p.where() + ": " + why + ": " + abbreviate(p.plain()));
    }

    static String abbreviate(String s) {
        String t = s.strip();
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }

    private static Draft.Block textBlock(Src.Para p) {
        String s = p.plain().strip();
        if (p.role() == Src.Role.NOTE || s.startsWith("(") && s.matches("(?s).*\\)\\.?$") && s.length() < 400 && p.italic()) {
            return new Draft.Note(p.text().strip());
        }
        return new Draft.Text(p.text().strip(), p.centered() && p.role() == Src.Role.CENTERED, null);
    }

    static boolean labelled(String s) {
        return TextSource.LABEL.matcher(s).matches();
    }

    /** Without ";" or "." at the end (vanban adds the punctuation lists need). */
    static String trimEnd(String s) {
        return s.replaceAll("[\\s;,.]+$", "");
    }

    /** Without the "/." of the "./." that ends a document (vanban prints it); the sentence's own "." stays. */
    static String stripEnd(String s) {
        return s.replaceAll("\\s*\\./\\.?\\s*$", ".").replaceAll("\\s*/\\.\\s*$", ".");
    }
}
