package vn.vanban.content;

import vn.vanban.content.keys.ContentKeys;

import vn.vanban.content.keys.MapReader;

import vn.vanban.format.PartialDate;

import vn.vanban.format.Numbering;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static vn.vanban.content.keys.ContentKeys.APPENDIX_KEYS;
import static vn.vanban.content.keys.ContentKeys.APPENDIX_STYLES;
import static vn.vanban.content.keys.ContentKeys.BLOCK_KEYS;
import static vn.vanban.content.keys.ContentKeys.DUTY_KEYS;
import static vn.vanban.content.keys.ContentKeys.ITEM_KEYS;
import static vn.vanban.content.keys.ContentKeys.SIGNATURE_KEYS;
import static vn.vanban.content.keys.ContentKeys.TOP_KEYS;

import vn.vanban.data.ReportData;
import vn.vanban.data.StatTable;
import vn.vanban.data.StatTables;
import vn.vanban.data.Targets;
import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;
import vn.vanban.load.YNode;
import vn.vanban.load.YNode.YMap;
import vn.vanban.load.YNode.YScalar;
import vn.vanban.load.YNode.YSeq;

/**
 * Stage 2: YAML tree → {@link Document}. Checks every key and value, numbers sections, points and
 * bullets, and collects every problem with its place rather than stopping at the first.
 */
public final class DocumentReader {
    // Compiled once: asked of every block and recipient of every document.
    private static final Pattern KEY_LIKE = Pattern.compile("[a-z0-9-]+");
    private static final Pattern LEADING_DASH = Pattern.compile("^[-–+•]\\s*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s;.,]+$");

    /** Section levels the documents have (I., 1., 1.1., 1.1.1.; docs/noi-dung.md, mục 3). */
    public static final int MAX_LEVELS = 4;
    private static final Pattern CODE = Pattern.compile("[A-ZĐ][A-Za-zĐđ]*(-[A-ZĐ0-9][A-Za-zĐđ0-9&]*)+");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private final DocTypes types;

    public DocumentReader(DocTypes types) {
        this.types = types;
    }

    /** Reads one document; problems go to {@code diags}. Returns null when the root is not a mapping. */
    public Document read(Path source, YNode root, Diagnostics diags) {
        return read(source, root, null, diags);
    }

    /**
     * As {@link #read(Path, YNode, Diagnostics)}, for a report read with its period's figures
     * ({@code data}, null for none), which fill its statistics appendices.
     */
    public Document read(Path source, YNode root, ReportData data, Diagnostics diags) {
        if (!(root instanceof YMap map)) {
            diags.error(root.loc(), "root.not-map", root.kindKey());
            return null;
        }
        Session session = new Session(source, data, diags);
        Document doc = session.document(map);
        if (doc != null) {
            session.budget.blocks(doc);
        }
        return doc;
    }


    /**
     * Each run of white space ({@code [ \t\n\x0B\f\r]}) holding a line break becomes one space, as
     * {@code replaceAll("\\s*\n\\s*", " ")} did; a loop, since it runs for every text of a document.
     */
    static String joinLines(String s) {
        if (s.indexOf('\n') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!isRegexSpace(c)) {
                sb.append(c);
                continue;
            }
            int j = i;
            boolean lineBreak = false;
            while (j < n && isRegexSpace(s.charAt(j))) {
                lineBreak |= s.charAt(j) == '\n';
                j++;
            }
            if (lineBreak) {
                sb.append(' ');
            } else {
                sb.append(s, i, j);
            }
            i = j - 1;
        }
        return sb.toString();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** State of one read: footnotes, ids and their numbers. */
    private final class Session {
        private final Path source;
        private final ReportData data;
        private final Diagnostics diags;
        private final Budget budget;
        private final Map<String, RichText> notes = new HashMap<>();
        private final Map<String, String> refLabels = new HashMap<>();
        private final Map<String, Loc> idLocs = new HashMap<>();
        private final List<YScalar> pendingRefs = new ArrayList<>();
        /** The {@code tu}/{@code den} pairs of duty ranges, checked for order once every id is known. */
        private final List<YScalar[]> pendingRanges = new ArrayList<>();
        /** Each id's place in reading order, so a range can be told to run backwards. */
        private final Map<String, Integer> idOrder = new HashMap<>();
        private InlineParser inline;
        /** Reading a document issued by a decision: it may not issue another in turn. */
        private boolean issuing;
        /** What a cross-reference calls each id: "mục", "chỉ tiêu", "Phụ lục", "dòng" (numbers in refLabels). */
        private final Map<String, String> refNouns = new HashMap<>();
        /** Ids given to rows of more than one table: a cross-reference to one cannot say which. */
        private final java.util.Set<String> ambiguousIds = new java.util.HashSet<>();
        /** Cross-references in text, checked once every id is known. */
        private final List<TextRef> textRefs = new ArrayList<>();
        /** Where the text being parsed was written (cross-references are reported there). */
        private Loc textLoc;
        /** {@code hai-chu-so: true}: small counts print "02" in every table. */
        private boolean twoDigits;
        /** Inside an attached outline, empty headings are the point (space to fill), not a slip. */
        private boolean inOutline;

        Session(Path source, ReportData data, Diagnostics diags) {
            this.source = source;
            this.data = data;
            this.diags = diags;
            this.budget = new Budget(diags);
        }

        Document document(YMap map) {
            MapReader r = new MapReader(map, diags, "kind.document", TOP_KEYS);
            readNotes(r.get("chu-thich"));
            inline = new InlineParser(notes, this::refWords);
            twoDigits = r.get("hai-chu-so") != null && bool(r.get("hai-chu-so"), "hai-chu-so");

            DocType type = null;
            YNode loai = r.require("loai");
            if (loai != null) {
                String t = scalar(loai, "loai");
                if (t != null) {
                    type = types.find(t);
                    if (type == null) {
                        diags.error(loai.loc(), "loai.unknown", t, String.join(", ", types.keys()));
                    }
                }
            }
            Header header = header(r, type);
            List<String> subject = lines(need(r, type, "trich-yeu"), "trich-yeu");
            List<RichText> bases = new ArrayList<>();
            YNode cc = r.get("can-cu");
            if (cc != null) {
                for (YNode n : list(cc, "can-cu")) {
                    RichText t = rich(n, "can-cu");
                    if (t != null) {
                        bases.add(t);
                    }
                }
            }
            List<ContentBlock> opening = blocks(r.get("mo-dau"), new Counter(List.of()), "mo-dau");
            YNode bodyNode = need(r, type, "noi-dung");
            List<ContentBlock> body = blocks(bodyNode, new Counter(List.of()), "noi-dung");
            RichText closing = r.get("ket-thuc") == null ? null : rich(r.get("ket-thuc"), "ket-thuc");
            List<String> recipients = recipients(need(r, type, "noi-nhan"));
            Signature signature = signature(need(r, type, "ky"));
            TypeParts parts = typeParts(r, type);
            String style = "la-ma";
            YNode ks = r.get("kieu-so-phu-luc");
            if (ks != null) {
                String v = scalar(ks, "kieu-so-phu-luc");
                if (v != null && !APPENDIX_STYLES.contains(v)) {
                    diags.error(ks.loc(), "value.one-of", "kieu-so-phu-luc", v, String.join(", ", APPENDIX_STYLES));
                } else if (v != null) {
                    style = v;
                }
            }
            List<Appendix> appendices = appendices(r.get("phu-luc"), style);
            List<String> recipientsTo = r.get("kinh-gui") == null ? List.of() : lines(r.get("kinh-gui"), "kinh-gui")
                    .stream().map(t -> TRAILING_PUNCTUATION.matcher(LEADING_DASH.matcher(t).replaceFirst(""))
                            .replaceAll("")).toList();
            // Read by vn.vanban.data before this reader runs; only accepted here.
            r.get("so-lieu");
            r.get("ky-mac-dinh");
            r.get("so-le");
            r.finish();
            resolveRefs();
            if (type == null) {
                return null;
            }
            return new Document(source, type, header, subject, bases, opening, body, closing, recipients, signature,
                    appendices, refLabels, recipientsTo, parts);
        }

        /** A key the registry makes this type require ({@code bat-buoc}); for other types an optional one. */
        private YNode need(MapReader r, DocType type, String key) {
            boolean required = type == null ? DocType.USUAL_REQUIRED.contains(key) : type.requires(key);
            return required ? r.require(key) : r.get(key);
        }

        // ---- parts of some types: tham-quyen, de-nghi, hop ----

        private TypeParts typeParts(MapReader r, DocType type) {
            List<String> authority = lines(need(r, type, "tham-quyen"), "tham-quyen");
            RichText proposer = rich(need(r, type, "de-nghi"), "de-nghi");
            if (proposer != null) {
                // "Theo đề nghị của" is printed by the model; a clerk who typed it gets it once.
                String p = proposer.plain();
                if (p.matches("(?i)^theo đề nghị của\\s.*")) {
                    proposer = RichText.plain(p.replaceFirst("(?i)^theo đề nghị của\\s+", ""));
                }
                proposer = RichText.plain(proposer.plain().replaceAll("[\\s;.,]+$", ""));
            }
            Meeting meeting = meeting(need(r, type, "hop"));
            Document issued = issued(need(r, type, "ban-hanh"));
            if (authority.isEmpty() && proposer == null && meeting == null && issued == null) {
                return TypeParts.NONE;
            }
            return new TypeParts(authority, proposer, meeting, issued);
        }

        /**
         * {@code ban-hanh: content/ke-hoach-....yaml}: the document a decision issues, read as any document
         * (its problems reported in its own file), from the project folder or beside this file.
         */
        private Document issued(YNode n) {
            if (n == null) {
                return null;
            }
            String rel = scalar(n, "ban-hanh");
            if (rel == null) {
                return null;
            }
            if (issuing) {
                diags.error(n.loc(), "ban-hanh.nested");
                return null;
            }
            Path root = vn.vanban.content.table.ProjectRoot.of(source);
            Path file = java.nio.file.Files.isRegularFile(root.resolve(rel.trim())) ? root.resolve(rel.trim())
                    : vn.vanban.content.table.ProjectRoot.resolveInside(source, rel.trim());
            if (file == null || !file.normalize().toAbsolutePath().startsWith(root.toAbsolutePath().normalize())
                    || !java.nio.file.Files.isRegularFile(file)) {
                diags.error(n.loc(), "ban-hanh.missing", rel.trim());
                return null;
            }
            YNode root2;
            try {
                root2 = new vn.vanban.load.YamlLoader().load(file);
            } catch (vn.vanban.diag.ContentException e) {
                e.diagnostics().forEach(diags::add);
                return null;
            }
            if (!(root2 instanceof YMap map)) {
                diags.error(root2.loc(), "root.not-map", root2.kindKey());
                return null;
            }
            Session inner = new Session(file, null, diags);
            inner.issuing = true;
            return inner.document(map);
        }

        private Meeting meeting(YNode n) {
            if (n == null) {
                return null;
            }
            if (!(n instanceof YMap m)) {
                diags.error(n.loc(), "value.map", "hop", n.kindKey(), "hop: {thoi-gian: 2024-05-15 08:00, dia-diem: ...}");
                return null;
            }
            MapReader r = new MapReader(m, diags, "hop", ContentKeys.MEETING_KEYS);
            java.time.LocalDateTime start = dateTime(r.require("thoi-gian"), "thoi-gian");
            java.time.LocalDateTime end = dateTime(r.get("ket-thuc"), "ket-thuc");
            if (start != null && end != null && end.isBefore(start)) {
                diags.error(r.get("ket-thuc").loc(), "hop.end-before-start", end.toString().replace('T', ' '),
                        start.toString().replace('T', ' '));
            }
            RichText place = rich(r.require("dia-diem"), "dia-diem");
            Meeting.Person chair = person(r.get("chu-tri"), "chu-tri");
            Meeting.Person secretary = person(r.get("thu-ky"), "thu-ky");
            List<RichText> participants = new ArrayList<>();
            YNode tp = r.get("thanh-phan");
            if (tp != null) {
                for (YNode i : list(tp, "thanh-phan")) {
                    RichText t = rich(i, "thanh-phan");
                    if (t != null) {
                        participants.add(RichText.plain(t.plain().replaceFirst("^[-–+•]\\s*", "")
                                .replaceAll("[\\s;.,]+$", "")));
                    }
                }
            }
            r.finish();
            if (start == null || place == null) {
                return null;
            }
            return new Meeting(start, end, place, chair, secretary, participants);
        }

        private static final Pattern DATE_TIME = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})[ T](\\d{1,2})[:h](\\d{2})");

        /** {@code 2024-05-15 08:00}: a meeting's moment; the weekday is computed, never typed. */
        private java.time.LocalDateTime dateTime(YNode n, String key) {
            if (n == null) {
                return null;
            }
            String v = scalar(n, key);
            if (v == null) {
                return null;
            }
            Matcher m = DATE_TIME.matcher(v.trim());
            try {
                if (m.matches()) {
                    return java.time.LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
                }
            } catch (java.time.DateTimeException e) {
                // falls through to the message below
            }
            diags.error(n.loc(), "thoi-gian.format", key, v.trim());
            return null;
        }

        private Meeting.Person person(YNode n, String key) {
            if (n == null) {
                return null;
            }
            if (n instanceof YScalar) {
                String v = scalar(n, key);
                return v == null ? null : new Meeting.Person(v.trim(), null);
            }
            if (!(n instanceof YMap m)) {
                diags.error(n.loc(), "value.map", key, n.kindKey(), key + ": {ho-ten: Nguyễn Văn An, chuc-vu: ...}");
                return null;
            }
            MapReader r = new MapReader(m, diags, key, ContentKeys.PERSON_KEYS);
            YNode name = r.require("ho-ten");
            String nm = name == null ? null : scalar(name, "ho-ten");
            String title = r.get("chuc-vu") == null ? null : scalar(r.get("chuc-vu"), "chuc-vu");
            r.finish();
            return nm == null ? null : new Meeting.Person(nm.trim(), title == null ? null : title.trim());
        }

        // ---- header ----

        private Header header(MapReader r, DocType type) {
            List<String> parent = r.get("co-quan-chu-quan") == null ? List.of() : lines(r.get("co-quan-chu-quan"), "co-quan-chu-quan");
            List<String> issuer = lines(r.require("co-quan-ban-hanh"), "co-quan-ban-hanh");
            String issuerName = r.get("ten-co-quan") == null ? null : scalar(r.get("ten-co-quan"), "ten-co-quan");
            Integer number = null;
            YNode so = r.get("so");
            if (so instanceof YScalar s && !s.isNull()) {
                String v = s.value().trim();
                if (v.matches("\\d{1,6}") && Integer.parseInt(v) > 0) {
                    number = Integer.parseInt(v);
                } else {
                    diags.error(s.loc(), "so.format", v);
                }
            } else if (so != null && !(so instanceof YScalar)) {
                diags.error(so.loc(), "value.scalar", "so", so.kindKey(), "so: 5");
            }
            String code = null;
            YNode kh = r.require("ky-hieu");
            if (kh != null) {
                code = scalar(kh, "ky-hieu");
                if (code != null) {
                    code = code.trim();
                    if (!CODE.matcher(code).matches()) {
                        diags.error(kh.loc(), "ky-hieu.format", code);
                    } else if (type != null && type.abbreviation().isEmpty()) {
                        // A công văn's ký hiệu is agency and unit ("UBND-VHTT"): a type's abbreviation first is a slip.
                        String first = code.split("-")[0];
                        for (DocType t : types.all()) {
                            if (t.abbreviation().equals(first)) {
                                diags.error(kh.loc(), "ky-hieu.no-type", code, first, t.nameInText(), type.nameInText());
                                break;
                            }
                        }
                    } else if (type != null && !code.split("-")[0].equals(type.abbreviation())) {
                        diags.error(kh.loc(), "ky-hieu.type", code, code.split("-")[0], type.abbreviation(),
                                type.nameInText());
                    }
                }
            }
            String place = r.get("dia-danh") == null ? null : scalar(r.get("dia-danh"), "dia-danh");
            PartialDate date = r.get("ngay") == null ? null : date(r.get("ngay"));
            return new Header(parent, issuer, issuerName, number, code, place, date);
        }

        private PartialDate date(YNode n) {
            if (n instanceof YScalar s && s.isNull()) {
                return null;
            }
            String v = scalar(n, "ngay");
            if (v == null) {
                return null;
            }
            Matcher m = DATE.matcher(v.trim());
            if (!m.matches()) {
                diags.error(n.loc(), "ngay.format", v);
                return null;
            }
            int year = Integer.parseInt(m.group(1));
            Integer month = m.group(2) == null ? null : Integer.parseInt(m.group(2));
            Integer day = m.group(3) == null ? null : Integer.parseInt(m.group(3));
            if (year < 1945 || year > 2100) {
                diags.error(n.loc(), "ngay.year", v, year);
                return null;
            }
            if (month != null && (month < 1 || month > 12)) {
                diags.error(n.loc(), "ngay.month", v, month);
                return null;
            }
            if (day != null) {
                int max = java.time.YearMonth.of(year, month).lengthOfMonth();
                if (day < 1 || day > max) {
                    diags.error(n.loc(), "ngay.day", v, day, month, max);
                    return null;
                }
            }
            return new PartialDate(year, month, day);
        }

        // ---- blocks ----

        /** Numbering state of one level: the counters of the ancestors and how many siblings so far. */
        private final class Counter {
            final List<Integer> parentPath;
            int count;
            /** Parts (A., B.) among these siblings: counted apart from the numbered items. */
            int parts;

            Counter(List<Integer> parentPath) {
                this.parentPath = parentPath;
            }

            List<Integer> next() {
                List<Integer> p = new ArrayList<>(parentPath);
                p.add(++count);
                return p;
            }
        }

        private List<ContentBlock> blocks(YNode n, Counter counter, String where) {
            if (n == null || n instanceof YScalar s && s.isNull()) {
                return List.of();
            }
            List<ContentBlock> out = new ArrayList<>();
            for (YNode item : list(n, where)) {
                if (item instanceof YMap tm && tm.has("muc-tieu")) {
                    out.addAll(targets(tm));
                    continue;
                }
                if (item instanceof YMap pm && pm.has("phan-cong")) {
                    MapReader pr = new MapReader(pm, diags, "phan-cong", List.of("phan-cong"));
                    out.addAll(agencyDuties(pr.get("phan-cong"), counter, pm.loc()));
                    pr.finish();
                    continue;
                }
                ContentBlock b = block(item, counter);
                if (b != null) {
                    out.add(b);
                }
            }
            return out;
        }

        private ContentBlock block(YNode n, Counter counter) {
            if (n instanceof YScalar s) {
                if (s.isNull()) {
                    diags.warning(s.loc(), "block.empty");
                    return null;
                }
                return new ContentBlock.Para(parse(s), ContentBlock.ParaStyle.NORMAL, s.loc());
            }
            if (!(n instanceof YMap m)) {
                diags.error(n.loc(), "block.not-block", n.kindKey());
                return null;
            }
            List<String> kinds = m.entries().keySet().stream().filter(BLOCK_KEYS::containsKey).toList();
            YScalar colonText = textEndingWithColon(m);
            if (colonText != null) {
                return new ContentBlock.Para(parse(colonText), ContentBlock.ParaStyle.NORMAL, m.loc());
            }
            if (kinds.isEmpty() && looksLikeTextWithColon(m)) {
                diags.error(m.loc(), "value.colon", "noi-dung", m.entries().keySet().iterator().next(), asTyped(m));
                return null;
            }
            if (kinds.isEmpty()) {
                String first = m.entries().keySet().iterator().next();
                String near = MapReader.closest(first, BLOCK_KEYS.keySet());
                diags.error(m.loc(), near == null ? "block.unknown" : "block.unknown.suggest", first,
                        String.join(", ", BLOCK_KEYS.keySet()), near);
                return null;
            }
            if (kinds.size() > 1) {
                diags.error(m.entries().get(kinds.get(1)).keyLoc(), "block.two-kinds", kinds.get(0), kinds.get(1));
                return null;
            }
            String kind = kinds.get(0);
            List<String> allowed = new ArrayList<>(BLOCK_KEYS.get(kind));
            allowed.add(kind);
            MapReader r = new MapReader(m, diags, kind, allowed);
            ContentBlock b = switch (kind) {
                case "muc", "khoan", "nhiem-vu" -> numbered(kind, r, counter);
                case "dieu" -> article(r, counter);
                case "phan" -> part(r, counter);
                case "diem" -> points(r.get("diem"), counter);
                case "gach" -> bullets(r.get("gach"), r.get("dau"), 1, counter);
                case "ghi-chu" -> para(r.get("ghi-chu"), ContentBlock.ParaStyle.NOTE);
                case "doan" -> paraWithOptions(r);
                case "trach-nhiem" -> duty(r.get("trach-nhiem"), true);
                case "ngat-trang" -> new ContentBlock.PageBreak(m.loc());
                case "bang" -> table(r.get("bang"));
                default -> throw new IllegalStateException(kind);
            };
            r.finish();
            return b;
        }

        /**
         * "- Đơn vị chủ trì: Sở Y tế" unquoted is a one-key mapping whose key is prose, not a key:
         * it has spaces, capitals or diacritics, which no vanban key has.
         */
        private boolean looksLikeTextWithColon(YMap m) {
            if (m.entries().size() != 1) {
                return false;
            }
            String key = m.entries().keySet().iterator().next();
            return !KEY_LIKE.matcher(key).matches();
        }

        /**
         * "- Kế hoạch như sau:" is, to YAML, a key with an empty value. Prose followed by nothing can
         * only mean the sentence itself, so it is read as text ending with ":".
         */
        private YScalar textEndingWithColon(YMap m) {
            if (!looksLikeTextWithColon(m)) {
                return null;
            }
            YNode.Entry e = m.entries().values().iterator().next();
            if (e.value() instanceof YScalar v && v.isNull()) {
                return new YScalar(e.keyLoc(), e.key() + ":", true, false);
            }
            return null;
        }

        /**
         * A part ({@code A.}, {@code B.}) above the Roman level, as report outlines have. Numbering starts
         * afresh inside it, at the top level ({@code I.}) or, with {@code cap-con: 2}, at {@code 1.}.
         */
        private ContentBlock part(MapReader r, Counter counter) {
            String label = Numbering.partLabel(++counter.parts);
            RichText text = rich(r.get("phan"), "phan");
            int childLevel = 1;
            YNode cap = r.get("cap-con");
            if (cap != null) {
                String v = scalar(cap, "cap-con");
                if (v != null && v.trim().matches("[1-4]")) {
                    childLevel = Integer.parseInt(v.trim());
                } else if (v != null) {
                    diags.error(cap.loc(), "value.one-of", "cap-con", v, "1, 2, 3, 4");
                }
            }
            // Children at level n sit under n-1 placeholder counters, so their labels start at that level.
            List<Integer> under = new ArrayList<>(java.util.Collections.nCopies(childLevel - 1, 0));
            List<ContentBlock> body = blocks(r.get("noi-dung"), new Counter(under), "phan.noi-dung");
            return new ContentBlock.Numbered("phan", null, label, 0, text == null ? RichText.EMPTY : text, body, null,
                    r.loc(), inOutline);
        }

        /**
         * An article of a decision: "Điều 1.", "Điều 2." counted among its siblings; the khoản inside
         * number afresh from "1." and their điểm a), b).
         */
        private ContentBlock article(MapReader r, Counter counter) {
            int n = ++counter.count;
            String label = "Điều " + n + ".";
            RichText text = rich(r.get("dieu"), "dieu");
            YNode idNode = r.get("id");
            if (idNode != null) {
                String id = scalar(idNode, "id");
                if (id != null) {
                    Loc prev = idLocs.putIfAbsent(id, idNode.loc());
                    if (prev != null) {
                        diags.error(idNode.loc(), "id.duplicate", id, prev.line());
                    } else {
                        refLabels.put(id, "Điều " + n);
                    }
                }
            }
            List<ContentBlock> body = blocks(r.get("noi-dung"), new Counter(List.of(0)), "dieu.noi-dung");
            return new ContentBlock.Numbered("dieu", null, label, 1, text == null ? RichText.EMPTY : text, body, null,
                    r.loc(), inOutline);
        }

        private ContentBlock numbered(String kind, MapReader r, Counter counter) {
            List<Integer> path = counter.next();
            if (path.size() == MAX_LEVELS + 1) {
                // Said once, at the first item too deep: those inside it are the same mistake.
                diags.error(r.loc(), "section.too-deep", kind, path.size(), MAX_LEVELS);
            }
            // ND30 numbers khoản with Arabic numerals: a khoản at the top of a body without mục (thông báo,
            // tờ trình, biên bản) is "1.", never the Roman numeral of a top-level mục.
            String label = "khoan".equals(kind) && path.size() == 1 ? path.get(0) + "." : Numbering.sectionLabel(path);
            RichText text = rich(r.get(kind), kind);
            String id = null;
            YNode idNode = r.get("id");
            if (idNode != null) {
                id = scalar(idNode, "id");
                if (id != null) {
                    Loc prev = idLocs.putIfAbsent(id, idNode.loc());
                    if (prev != null) {
                        diags.error(idNode.loc(), "id.duplicate", id, prev.line());
                    } else {
                        refLabels.put(id, label.substring(0, label.length() - 1));
                        idOrder.put(id, idOrder.size());
                        refNouns.put(id, "mục");
                    }
                }
            }
            YNode bodyNode = r.get("noi-dung");
            List<ContentBlock> body = blocks(bodyNode, new Counter(path), kind + ".noi-dung");
            ContentBlock.Duty duty = null;
            if ("nhiem-vu".equals(kind) && (r.has("chu-tri") || r.has("phoi-hop") || r.has("thoi-gian"))) {
                duty = dutyFields(r, r.loc(), false);
            }
            // Only a section with nothing written under it is empty; one whose items all had errors
            // already has its messages, and a warning before them would hide the real one.
            boolean nothingWritten = bodyNode == null || bodyNode instanceof YScalar bs && bs.isNull()
                    || bodyNode instanceof YSeq seq && seq.items().isEmpty();
            if ("muc".equals(kind) && body.isEmpty() && nothingWritten && !inOutline) {
                diags.warning(r.loc(), "section.empty", text == null ? "" : text.plain());
            }
            ContentBlock.Numbered done = new ContentBlock.Numbered(kind, id, label, path.size(),
                    text == null ? RichText.EMPTY : text, body, duty, r.loc(), inOutline);
            if ("nhiem-vu".equals(kind)) {
                tasksSoFar.add(done);
            }
            return done;
        }

        // ---- duties by agency (phan-cong) ----

        /** Tasks read so far, in the plan's order (children after their parent's own line). */
        private final List<ContentBlock.Numbered> tasksSoFar = new ArrayList<>();
        /** Duties shared by a range of tasks ({@code trach-nhiem} with {@code tu}/{@code den}). */
        private final List<ContentBlock.Duty> rangeDuties = new ArrayList<>();

        /**
         * {@code phan-cong: true}: one numbered paragraph per agency named by the tasks written above, in
         * order of first mention: "Sở Y tế: chủ trì thực hiện các nhiệm vụ tại mục 1, 2 và 5; phối hợp
         * thực hiện nhiệm vụ tại mục 3." The agency is the one typed in {@code chu-tri}/{@code phoi-hop}
         * (of the task, or of a {@code trach-nhiem} covering it), so each task is typed once.
         */
        private List<ContentBlock> agencyDuties(YNode flag, Counter counter, Loc loc) {
            if (!bool(flag, "phan-cong")) {
                return List.of();
            }
            Map<String, List<String>> leads = new java.util.LinkedHashMap<>();
            Map<String, List<String>> supports = new java.util.LinkedHashMap<>();
            Map<String, String> names = new java.util.LinkedHashMap<>();
            for (ContentBlock.Numbered t : tasksSoFar) {
                ContentBlock.Duty own = t.duty();
                ContentBlock.Duty range = rangeDuties.stream().filter(d -> covers(d, t)).findFirst().orElse(null);
                List<RichText> lead = own != null && !own.lead().isEmpty() ? own.lead() : range == null ? List.of() : range.lead();
                List<RichText> sup = own != null && !own.support().isEmpty() ? own.support() : range == null ? List.of() : range.support();
                String number = t.label().replaceAll("\\.$", "");
                for (RichText a : lead) {
                    add(leads, supports, names, a, number, true);
                }
                for (RichText a : sup) {
                    add(leads, supports, names, a, number, false);
                }
            }
            if (names.isEmpty()) {
                diags.warning(loc, "agency.none");
            }
            List<ContentBlock> out = new ArrayList<>();
            for (Map.Entry<String, String> e : names.entrySet()) {
                List<String> parts = new ArrayList<>();
                List<String> l = leads.getOrDefault(e.getKey(), List.of());
                List<String> s = supports.getOrDefault(e.getKey(), List.of());
                if (!l.isEmpty()) {
                    parts.add("chủ trì thực hiện " + Nd30Wording.taskList(l));
                }
                if (!s.isEmpty()) {
                    parts.add("phối hợp thực hiện " + Nd30Wording.taskList(s));
                }
                List<Integer> path = counter.next();
                RichText text = new RichText(List.of(new RichText.Text(e.getValue(), true, false, false),
                        new RichText.Text(": " + String.join("; ", parts) + ".", false, false, false)));
                out.add(new ContentBlock.Numbered("khoan", null, Numbering.sectionLabel(path), path.size(), text,
                        List.of(), null, loc, inOutline));
            }
            return out;
        }

        /** "Phân công nhiệm vụ": every task with its number, lead, partners and deadline, typed once in the body. */
        private vn.vanban.content.table.DataTable assignmentTable(Loc loc) {
            List<List<String>> rows = new ArrayList<>();
            for (ContentBlock.Numbered t : tasksSoFar) {
                ContentBlock.Duty own = t.duty();
                ContentBlock.Duty range = rangeDuties.stream().filter(d -> covers(d, t)).findFirst().orElse(null);
                List<RichText> lead = own != null && !own.lead().isEmpty() ? own.lead() : range == null ? List.of() : range.lead();
                List<RichText> sup = own != null && !own.support().isEmpty() ? own.support() : range == null ? List.of() : range.support();
                RichText time = own != null && own.time() != null ? own.time() : range == null ? null : range.time();
                rows.add(List.of(t.label().replaceAll("\\.$", ""), t.text().plain().strip(),
                        RichText.join(lead, "; ").plain(), RichText.join(sup, "; ").plain(),
                        time == null ? "" : time.plain().strip().replaceAll("[.;]+$", "")));
            }
            return PlanTargets.grid(List.of("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"),
                    new double[] {1, 7, 3, 3.5, 2}, rows, loc);
        }

        private boolean covers(ContentBlock.Duty d, ContentBlock.Numbered t) {
            int from = -1;
            int to = -1;
            int at = -1;
            for (int i = 0; i < tasksSoFar.size(); i++) {
                ContentBlock.Numbered x = tasksSoFar.get(i);
                if (d.fromId().equals(x.id())) {
                    from = i;
                }
                if (d.toId().equals(x.id())) {
                    to = i;
                }
                if (x == t) {
                    at = i;
                }
            }
            return from >= 0 && from <= at && at <= to;
        }

        private static void add(Map<String, List<String>> leads, Map<String, List<String>> supports,
                                Map<String, String> names, RichText agency, String number, boolean lead) {
            String name = agency.plain().strip().replaceAll("[\\s.;,]+$", "");
            if (name.isEmpty()) {
                return;
            }
            String key = vn.vanban.format.Text.foldDiacritics(name).toLowerCase(java.util.Locale.ROOT);
            names.putIfAbsent(key, name);
            List<String> list = (lead ? leads : supports).computeIfAbsent(key, k -> new ArrayList<>());
            if (!list.contains(number)) {
                list.add(number);
            }
        }

        private ContentBlock points(YNode n, Counter counter) {
            List<ContentBlock.Item> items = new ArrayList<>();
            int i = 0;
            for (YNode it : list(n, "diem")) {
                ContentBlock.Item item = item(it, Numbering.letter(++i) + ")", counter, 1, "diem");
                if (item != null) {
                    items.add(item);
                }
            }
            return new ContentBlock.Points(items, n.loc());
        }

        private ContentBlock bullets(YNode n, YNode markerNode, int level, Counter counter) {
            String marker = level == 1 ? "-" : "+";
            if (markerNode != null) {
                String m = scalar(markerNode, "dau");
                if (m != null && !ContentKeys.BULLET_MARKERS.contains(m.trim())) {
                    diags.error(markerNode.loc(), "value.one-of", "dau", m, String.join(", ", ContentKeys.BULLET_MARKERS));
                } else if (m != null) {
                    marker = m.trim();
                }
            }
            List<ContentBlock.Item> items = new ArrayList<>();
            for (YNode it : list(n, "gach")) {
                ContentBlock.Item item = item(it, marker, counter, level, "gach");
                if (item != null) {
                    items.add(item);
                }
            }
            return new ContentBlock.Bullets(marker, level, items, n.loc());
        }

        private ContentBlock.Item item(YNode n, String label, Counter counter, int level, String where) {
            if (n instanceof YScalar s) {
                if (s.isNull()) {
                    diags.warning(s.loc(), "block.empty");
                    return null;
                }
                return new ContentBlock.Item(label, parse(s), List.of());
            }
            if (!(n instanceof YMap m)) {
                diags.error(n.loc(), "item.type", where, n.kindKey());
                return null;
            }
            YScalar colonText = textEndingWithColon(m);
            if (colonText != null) {
                return new ContentBlock.Item(label, parse(colonText), List.of());
            }
            if (looksLikeTextWithColon(m)) {
                diags.error(m.loc(), "value.colon", where, m.entries().keySet().iterator().next(), asTyped(m));
                return null;
            }
            MapReader r = new MapReader(m, diags, where, ITEM_KEYS);
            RichText text = rich(r.require("doan"), "doan");
            List<ContentBlock> body = new ArrayList<>(blocks(r.get("noi-dung"), counter, where + ".noi-dung"));
            if (r.get("gach") != null) {
                body.add(bullets(r.get("gach"), null, level + 1, counter));
            }
            if (r.get("diem") != null) {
                body.add(points(r.get("diem"), counter));
            }
            r.finish();
            return new ContentBlock.Item(label, text == null ? RichText.EMPTY : text, body);
        }

        private ContentBlock table(YNode n) {
            vn.vanban.content.table.DataTable t = new vn.vanban.content.table.TableReader(source, diags, budget.tables())
                    .twoDigits(twoDigits).read(n);
            if (t == null) {
                return null;
            }
            registerRows(t);
            return new ContentBlock.TableBlock(t, cellTexts(t, n.loc()), n.loc());
        }

        /**
         * Inline marks in table cells, read like a paragraph's; errors at the value, row or column that
         * holds the text (the table's place when the text was computed).
         */
        private Map<String, RichText> cellTexts(vn.vanban.content.table.DataTable t, Loc tableLoc) {
            Map<String, Loc> where = new HashMap<>();
            collectColumnLocs(t.columns(), where);
            for (vn.vanban.content.table.TableRow r : t.flatRows()) {
                if (r.name() != null) {
                    where.putIfAbsent(r.name(), r.loc());
                }
                r.values().values().forEach(v -> {
                    if (v instanceof vn.vanban.content.table.CellValue.Text x) {
                        where.putIfAbsent(x.text(), x.loc());
                    }
                });
            }
            Map<String, RichText> out = new HashMap<>();
            for (List<vn.vanban.content.table.GridRow> rows : List.of(t.header(), t.body())) {
                for (vn.vanban.content.table.GridRow row : rows) {
                    for (vn.vanban.content.table.GridCell c : row.cells()) {
                        String s = c.text();
                        if (s == null || out.containsKey(s) || !hasMarks(s)) {
                            continue;
                        }
                        Loc loc = where.getOrDefault(s, tableLoc);
                        textLoc = loc;
                        out.put(s, inline.parse(s, id -> {
                            String near = MapReader.closest(id, notes.keySet());
                            diags.error(loc, near == null ? "note.unknown" : "note.unknown.suggest", id, near);
                        }, mark -> diags.error(loc, "inline.unclosed", mark)));
                    }
                }
            }
            return out;
        }

        // ---- targets as data (muc-tieu) ----

        private final List<PlanTargets.Listing> targetLists = new ArrayList<>();
        private int objectiveCount;
        private int targetCount;

        /**
         * {@code muc-tieu}: objectives and their targets, numbered across the document ("Mục tiêu 1",
         * "Chỉ tiêu 1..N"), printed here as paragraphs and kept for the summary appendix.
         */
        private List<ContentBlock> targets(YMap m) {
            List<String> allowed = new ArrayList<>(BLOCK_KEYS.get("muc-tieu"));
            allowed.add("muc-tieu");
            MapReader r = new MapReader(m, diags, "muc-tieu", allowed);
            String comparison = r.get("so-sanh") == null ? null : scalar(r.get("so-sanh"), "so-sanh");
            String level = r.get("cap") == null ? "Kế hoạch" : scalar(r.get("cap"), "cap");
            String baseYear = r.get("nam-goc") == null ? null : scalar(r.get("nam-goc"), "nam-goc");
            List<PlanTargets.Objective> objectives = new ArrayList<>();
            List<ContentBlock> out = new ArrayList<>();
            for (YNode on : list(r.get("muc-tieu"), "muc-tieu")) {
                if (!(on instanceof YMap om)) {
                    diags.error(on.loc(), "value.map", "muc-tieu", on.kindKey(), "- ten: Nâng cao sức khỏe trẻ em");
                    continue;
                }
                MapReader or = new MapReader(om, diags, "muc-tieu.muc", ContentKeys.OBJECTIVE_KEYS);
                int number = ++objectiveCount;
                String name = scalar(or.require("ten"), "ten");
                String oid = registerId(or.get("id"), "mục tiêu", String.valueOf(number));
                RichText title = name == null ? RichText.EMPTY : parse((YScalar) or.get("ten"));
                List<RichText.Part> head = new ArrayList<>();
                head.add(new RichText.Text("Mục tiêu " + number + ": ", true, false, false));
                head.addAll(title.parts());
                out.add(new ContentBlock.Para(new RichText(head), ContentBlock.ParaStyle.NORMAL, om.loc()));
                List<PlanTargets.Target> ts = new ArrayList<>();
                for (YNode tn : list(or.require("chi-tieu"), "chi-tieu")) {
                    PlanTargets.Target t = target(tn, baseYear);
                    if (t != null) {
                        ts.add(t);
                        List<RichText.Part> ps = new ArrayList<>();
                        ps.add(new RichText.Text("- Chỉ tiêu " + t.number() + ": ", false, false, false));
                        ps.addAll(inline.parse(t.sentence(), x -> { }, x -> { }).parts());
                        out.add(new ContentBlock.Para(new RichText(ps), ContentBlock.ParaStyle.NORMAL, t.loc()));
                    }
                }
                or.finish();
                objectives.add(new PlanTargets.Objective(oid, number, name == null ? "" : name, ts, om.loc()));
            }
            r.finish();
            targetLists.add(new PlanTargets.Listing(objectives, level, comparison, m.loc()));
            return out;
        }

        private PlanTargets.Target target(YNode n, String defaultBaseYear) {
            if (!(n instanceof YMap m)) {
                diags.error(n.loc(), "value.map", "chi-tieu", n.kindKey(), "- {id: ct-tiem-chung, noi-dung: ..., dvt: \"%\"}");
                return null;
            }
            MapReader r = new MapReader(m, diags, "muc-tieu.chi-tieu", ContentKeys.TARGET_KEYS);
            int number = ++targetCount;
            String id = registerId(r.get("id"), "chỉ tiêu", String.valueOf(number));
            String text = scalar(r.require("noi-dung"), "noi-dung");
            String unit = r.get("dvt") == null ? null : scalar(r.get("dvt"), "dvt");
            String baseYear = r.get("nam-goc") == null ? defaultBaseYear : scalar(r.get("nam-goc"), "nam-goc");
            PlanTargets.Value base = r.get("goc") == null ? null : targetValue(r.get("goc"));
            Map<String, PlanTargets.Value> milestones = yearValues(r.require("moc"), "moc");
            Map<String, PlanTargets.Value> comparison = r.get("so-sanh") == null ? Map.of() : yearValues(r.get("so-sanh"), "so-sanh");
            r.finish();
            return text == null ? null : new PlanTargets.Target(id, number, text, unit, baseYear, base, milestones,
                    comparison, m.loc());
        }

        private Map<String, PlanTargets.Value> yearValues(YNode n, String key) {
            Map<String, PlanTargets.Value> out = new java.util.TreeMap<>();
            if (n == null) {
                return out;
            }
            if (!(n instanceof YMap m)) {
                diags.error(n.loc(), "value.map", key, n.kindKey(), key + ": {2025: 95, 2030: 98}");
                return out;
            }
            for (YNode.Entry e : m.entries().values()) {
                if (!e.key().matches("(19|20)\\d\\d")) {
                    diags.error(e.keyLoc(), "targets.year", e.key(), key);
                    continue;
                }
                PlanTargets.Value v = targetValue(e.value());
                if (v != null) {
                    out.put(e.key(), v);
                }
            }
            return out;
        }

        private PlanTargets.Value targetValue(YNode n) {
            if (!(n instanceof YScalar s) || s.isNull()) {
                diags.error(n.loc(), "targets.value", n instanceof YScalar ? "" : n.kindKey());
                return null;
            }
            PlanTargets.Value v = PlanTargets.Value.of(s.value(), s.plain());
            if (v == null) {
                diags.error(s.loc(), "targets.value", s.value());
            }
            return v;
        }

        /** Registers an id for cross-references ({@code [#id]}); its text, or null. */
        private String registerId(YNode idNode, String noun, String number) {
            if (idNode == null) {
                return null;
            }
            String id = scalar(idNode, "id");
            if (id == null) {
                return null;
            }
            Loc prev = idLocs.putIfAbsent(id, idNode.loc());
            if (prev != null) {
                diags.error(idNode.loc(), "id.duplicate", id, prev.line());
            } else {
                refNouns.put(id, noun);
                refLabels.put(id, number);
            }
            return id;
        }

        /**
         * Table rows with an {@code id} can be cross-referenced by their printed number: "chỉ tiêu 3" when
         * the numbering has a prefix ({@code tien-to: Chỉ tiêu}), else "dòng 3". Row ids are the table's
         * own names first (totals use them): one already used elsewhere is not registered, one used by two
         * tables makes a reference to it ambiguous.
         */
        private void registerRows(vn.vanban.content.table.DataTable t) {
            for (vn.vanban.content.table.TableRow r : t.flatRows()) {
                if (r.id() == null || r.label() == null || r.label().isBlank()) {
                    continue;
                }
                if (refLabels.containsKey(r.id())) {
                    if (rowIds.contains(r.id())) {
                        ambiguousIds.add(r.id());
                    }
                    continue;
                }
                Matcher m = Pattern.compile("^(\\p{L}[\\p{L} ]*?)\\s+(\\S+)$").matcher(r.label().strip());
                rowIds.add(r.id());
                if (m.matches()) {
                    String noun = m.group(1);
                    refNouns.put(r.id(), noun.substring(0, 1).toLowerCase(java.util.Locale.forLanguageTag("vi")) + noun.substring(1));
                    refLabels.put(r.id(), m.group(2).replaceAll("\\.$", ""));
                } else {
                    refNouns.put(r.id(), "dòng");
                    refLabels.put(r.id(), r.label().strip().replaceAll("\\.$", ""));
                }
            }
        }

        private final java.util.Set<String> rowIds = new java.util.HashSet<>();

        private static void collectColumnLocs(List<vn.vanban.content.table.ColumnSpec> cols, Map<String, Loc> where) {
            for (vn.vanban.content.table.ColumnSpec c : cols) {
                if (c.title() != null) {
                    where.putIfAbsent(c.headerText(), c.loc());
                }
                collectColumnLocs(c.children(), where);
            }
        }

        private static boolean hasMarks(String s) {
            return s.indexOf('*') >= 0 || s.indexOf('^') >= 0 || s.indexOf('\\') >= 0 || s.contains("[^");
        }

        private ContentBlock para(YNode n, ContentBlock.ParaStyle style) {
            RichText t = rich(n, "doan");
            return t == null ? null : new ContentBlock.Para(t, style, n.loc());
        }

        private ContentBlock paraWithOptions(MapReader r) {
            ContentBlock.ParaStyle style = ContentBlock.ParaStyle.NORMAL;
            YNode can = r.get("can");
            if (can != null) {
                String v = scalar(can, "can");
                if ("giua".equals(v)) {
                    style = ContentBlock.ParaStyle.CENTER;
                } else if (v != null && !"deu".equals(v)) {
                    diags.error(can.loc(), "value.one-of", "can", v, String.join(", ", ContentKeys.ALIGNMENTS));
                }
            }
            return para(r.get("doan"), style);
        }

        private ContentBlock.Duty duty(YNode n, boolean standalone) {
            if (!(n instanceof YMap m)) {
                diags.error(n.loc(), "value.map", "trach-nhiem", n.kindKey(), "trach-nhiem: {chu-tri: Sở Y tế}");
                return null;
            }
            MapReader r = new MapReader(m, diags, "trach-nhiem", DUTY_KEYS);
            ContentBlock.Duty d = dutyFields(r, m.loc(), standalone);
            r.finish();
            return d;
        }

        private ContentBlock.Duty dutyFields(MapReader r, Loc loc, boolean standalone) {
            String from = null;
            String to = null;
            if (standalone) {
                YNode tu = r.get("tu");
                YNode den = r.get("den");
                if (tu != null || den != null) {
                    if (tu == null || den == null) {
                        diags.error(r.loc(), "duty.range-half", tu == null ? "tu" : "den");
                    } else {
                        from = scalar(tu, "tu");
                        to = scalar(den, "den");
                        pendingRefs.add((YScalar) (tu instanceof YScalar ? tu : null));
                        pendingRefs.add((YScalar) (den instanceof YScalar ? den : null));
                        if (tu instanceof YScalar ts && den instanceof YScalar ds) {
                            pendingRanges.add(new YScalar[] {ts, ds});
                        }
                    }
                }
            }
            List<RichText> lead = units(r.get("chu-tri"), "chu-tri");
            List<RichText> support = units(r.get("phoi-hop"), "phoi-hop");
            RichText time = r.get("thoi-gian") == null ? null : rich(r.get("thoi-gian"), "thoi-gian");
            // Present but wrong (a mapping where a name belongs) is reported at its place, not as "empty".
            if (lead.isEmpty() && support.isEmpty() && time == null
                    && !r.has("chu-tri") && !r.has("phoi-hop") && !r.has("thoi-gian")) {
                diags.error(loc, "duty.empty");
            }
            ContentBlock.Duty d = new ContentBlock.Duty(from, to, lead, support, time, loc);
            if (from != null && to != null) {
                rangeDuties.add(d);
            }
            return d;
        }

        private List<RichText> units(YNode n, String key) {
            if (n == null) {
                return List.of();
            }
            List<RichText> out = new ArrayList<>();
            if (n instanceof YSeq s) {
                for (YNode i : s.items()) {
                    RichText t = rich(i, key);
                    if (t != null) {
                        out.add(t);
                    }
                }
            } else {
                RichText t = rich(n, key);
                if (t != null) {
                    out.add(t);
                }
            }
            return out;
        }

        private record TextRef(List<String> ids, Loc loc) {
        }

        /** The words of {@code [#ids]}, worded once the document is read (numbers may come later in it). */
        private java.util.function.Supplier<String> refWords(List<String> ids) {
            textRefs.add(new TextRef(ids, textLoc));
            return () -> Nd30Wording.crossReference(ids, refLabels, refNouns);
        }

        private void resolveRefs() {
            for (TextRef t : textRefs) {
                for (String id : t.ids()) {
                    Loc at = t.loc() == null ? new Loc(source, 1, 1) : t.loc();
                    if (ambiguousIds.contains(id)) {
                        diags.error(at, "ref.ambiguous", id);
                    } else if (!refLabels.containsKey(id)) {
                        String near = MapReader.closest(id, refLabels.keySet());
                        diags.error(at, near == null ? "ref.text.unknown" : "ref.text.unknown.suggest", id, near);
                    }
                }
            }
            for (YScalar s : pendingRefs) {
                if (s != null && !refLabels.containsKey(s.value().trim())) {
                    String near = MapReader.closest(s.value().trim(), refLabels.keySet());
                    diags.error(s.loc(), near == null ? "ref.unknown" : "ref.unknown.suggest", s.value(), near);
                }
            }
            // "Từ mục II đến I" reads as nonsense: a range must run forwards (a single item, tu = den, is fine).
            for (YScalar[] range : pendingRanges) {
                String from = range[0].value().trim();
                String to = range[1].value().trim();
                Integer a = idOrder.get(from);
                Integer b = idOrder.get(to);
                if (a != null && b != null && a > b) {
                    diags.error(range[0].loc(), "duty.range-reversed", from, refLabels.get(from), to, refLabels.get(to));
                }
            }
        }

        // ---- closing parts ----

        private List<String> recipients(YNode n) {
            if (n == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            List<YNode> items = list(n, "noi-nhan");
            for (YNode i : items) {
                // "- Lưu: VT, VP" unquoted is a one-key mapping in YAML; it is what every clerk types.
                String v = i instanceof YMap m && m.entries().size() == 1
                        && m.entries().values().iterator().next().value() instanceof YScalar sv && !sv.isNull()
                        ? m.entries().keySet().iterator().next() + ": " + sv.value()
                        : scalar(i, "noi-nhan");
                if (v == null) {
                    continue;
                }
                String t = v.trim().replaceFirst("^[-–+•]\\s*", "").replaceAll("[\\s;.,]+$", "");
                if (t.matches("(?i)lưu\\s*:?.*")) {
                    t = "Lưu: " + t.replaceFirst("(?i)^lưu\\s*:?\\s*", "");
                }
                out.add(t);
            }
            if (!out.isEmpty() && !out.get(out.size() - 1).startsWith("Lưu:")) {
                diags.error(items.get(items.size() - 1).loc(), "noi-nhan.luu");
            }
            return out;
        }

        private Signature signature(YNode n) {
            if (n == null) {
                return new Signature(List.of(), "", null);
            }
            if (!(n instanceof YMap m)) {
                diags.error(n.loc(), "value.map", "ky", n.kindKey(), "ky: {chuc-vu: CHỦ TỊCH, ho-ten: Nguyễn Văn A}");
                return new Signature(List.of(), "", null);
            }
            MapReader r = new MapReader(m, diags, "ky", SIGNATURE_KEYS);
            List<String> authority = new ArrayList<>();
            String[][] prefixes = {{"thay-mat", "TM."}, {"ky-thay", "KT."}, {"quyen", "Q."}, {"thua-lenh", "TL."},
                    {"thua-uy-quyen", "TUQ."}};
            for (String[] p : prefixes) {
                YNode v = r.get(p[0]);
                if (v != null) {
                    String s = scalar(v, p[0]);
                    if (s != null) {
                        authority.add(p[1] + " " + s.trim().replaceFirst("^(TM|KT|Q|TL|TUQ)\\.\\s*", ""));
                    }
                }
            }
            YNode title = r.require("chuc-vu");
            String t = title == null ? "" : scalar(title, "chuc-vu");
            String name = r.get("ho-ten") == null ? null : scalar(r.get("ho-ten"), "ho-ten");
            r.finish();
            return new Signature(authority, t == null ? "" : t.trim(), name == null ? null : name.trim());
        }

        private List<Appendix> appendices(YNode n, String style) {
            if (n == null) {
                return List.of();
            }
            List<Appendix> out = new ArrayList<>();
            int i = 0;
            for (YNode a : list(n, "phu-luc")) {
                if (!(a instanceof YMap m)) {
                    diags.error(a.loc(), "value.map", "phu-luc", a.kindKey(), "- tieu-de: TÊN PHỤ LỤC");
                    continue;
                }
                MapReader r = new MapReader(m, diags, "phu-luc", APPENDIX_KEYS);
                RichText title = rich(r.require("tieu-de"), "tieu-de");
                List<String> sub = r.get("phu-de") == null ? List.of() : lines(r.get("phu-de"), "phu-de");
                boolean outline = r.get("de-cuong") != null && bool(r.get("de-cuong"), "de-cuong");
                // An attached outline may stand unnumbered beside the numbered appendices.
                boolean numbered = r.get("danh-so") == null || bool(r.get("danh-so"), "danh-so");
                String label = numbered ? appendixLabel(style, ++i) : null;
                YNode idNode = r.get("id");
                String id = idNode == null ? null : scalar(idNode, "id");
                if (id != null) {
                    Loc prev = idLocs.putIfAbsent(id, idNode.loc());
                    if (prev != null) {
                        diags.error(idNode.loc(), "id.duplicate", id, prev.line());
                    } else if (label != null) {
                        // "Phụ lục II" in running text whatever the label's case ("PHỤ LỤC 2").
                        refNouns.put(id, "Phụ lục");
                        refLabels.put(id, label.substring(label.lastIndexOf(' ') + 1));
                    }
                }
                inOutline = outline;
                List<ContentBlock> body = blocks(r.get("noi-dung"), new Counter(List.of()), "phu-luc.noi-dung");
                inOutline = false;
                YNode summary = r.get("tong-hop-chi-tieu");
                if (summary != null && bool(summary, "tong-hop-chi-tieu")) {
                    if (targetLists.isEmpty()) {
                        diags.error(summary.loc(), "targets.none");
                    } else {
                        vn.vanban.content.table.DataTable t = PlanTargets.summary(targetLists, summary.loc());
                        body = new ArrayList<>(body);
                        body.add(new ContentBlock.TableBlock(t, cellTexts(t, summary.loc()), summary.loc()));
                    }
                }
                YNode assignments = r.get("bang-phan-cong");
                if (assignments != null && bool(assignments, "bang-phan-cong")) {
                    if (tasksSoFar.isEmpty()) {
                        diags.error(assignments.loc(), "agency.no-tasks");
                    } else {
                        vn.vanban.content.table.DataTable t = assignmentTable(assignments.loc());
                        body = new ArrayList<>(body);
                        body.add(new ContentBlock.TableBlock(t, cellTexts(t, assignments.loc()), assignments.loc()));
                    }
                }
                Appendix.Furniture furniture = appendixFurniture(r);
                YNode stats = r.get("so-lieu-phu-luc");
                YNode targets = r.get("chi-tieu");
                r.finish();
                out.add(new Appendix(label, title == null ? RichText.EMPTY : title, sub, outline, body,
                        furniture, m.loc(), stats != null, statistics(stats),
                        targets == null ? null : Targets.read(targets, diags)));
            }
            return out;
        }

        /**
         * {@code so-lieu-phu-luc} read once: its form checked always, its figures checked and its table
         * computed when the report has figures (null otherwise).
         */
        private StatTable statistics(YNode n) {
            if (n == null) {
                return null;
            }
            StatTables.Spec spec = StatTables.spec(n, diags);
            if (data == null) {
                return null;
            }
            StatTables.check(spec, n.loc(), data, diags);
            return StatTables.build(spec, data);
        }

        /** The lines around an appendix's title that forms ask for, and the page it wants. */
        private Appendix.Furniture appendixFurniture(MapReader r) {
            String attached = null;
            boolean noNote = false;
            YNode kt = r.get("kem-theo");
            if (kt != null) {
                String v = kt instanceof YScalar s && s.isNull() ? "" : scalar(kt, "kem-theo");
                if (v != null && kt instanceof YScalar s && s.plain() && ContentKeys.NO_WORDS.contains(v.strip().toLowerCase(java.util.Locale.ROOT))) {
                    noNote = true; // kem-theo: false — a form printed on its own carries no "(Kèm theo ...)"
                } else if (v != null && v.strip().replaceFirst("^\\((.*)\\)$", "$1").isBlank()) {
                    diags.error(kt.loc(), "appendix.note.empty");
                } else {
                    attached = v;
                }
            }
            boolean unitLine = r.get("don-vi-bao-cao") != null && bool(r.get("don-vi-bao-cao"), "don-vi-bao-cao");
            String measure = r.get("don-vi-tinh") == null ? null : scalar(r.get("don-vi-tinh"), "don-vi-tinh");
            Boolean landscape = null;
            YNode h = r.get("huong");
            if (h != null) {
                String v = scalar(h, "huong");
                if ("ngang".equals(v) || "doc".equals(v)) {
                    landscape = "ngang".equals(v);
                } else if (v != null) {
                    diags.error(h.loc(), "value.one-of", "huong", v, "ngang, doc");
                }
            }
            return new Appendix.Furniture(attached == null ? null : attached.strip().replaceFirst("^\\((.*)\\)$", "$1"), unitLine,
                    measure == null ? null : measure.strip(), landscape, noNote);
        }

        private static String appendixLabel(String style, int i) {
            return switch (style) {
                case "so" -> "PHỤ LỤC " + i;
                case "so-hai-chu-so" -> "Phụ lục " + (i < 10 ? "0" + i : String.valueOf(i));
                default -> "Phụ lục " + Numbering.roman(i);
            };
        }

        private void readNotes(YNode n) {
            if (n == null) {
                return;
            }
            if (!(n instanceof YMap m)) {
                diags.error(n.loc(), "value.map", "chu-thich", n.kindKey(), "chu-thich: {luat: Luật Trẻ em năm 2016}");
                return;
            }
            InlineParser plain = new InlineParser(Map.of());
            for (YNode.Entry e : m.entries().values()) {
                String v = scalar(e.value(), "chu-thich");
                if (v != null) {
                    notes.put(e.key(), plain.parse(v, id -> diags.error(e.value().loc(), "note.nested"),
                            mark -> diags.error(e.value().loc(), "inline.unclosed", mark)));
                }
            }
        }

        // ---- scalars ----

        private List<YNode> list(YNode n, String key) {
            if (n instanceof YSeq s) {
                return s.items();
            }
            if (n instanceof YScalar s && s.isNull()) {
                return List.of();
            }
            diags.error(n.loc(), "value.list", key, n.kindKey());
            return List.of();
        }

        private String scalar(YNode n, String key) {
            if (n instanceof YScalar s) {
                return s.isNull() ? null : s.value();
            }
            reportNotScalar(n, key);
            return null;
        }

        /** A text with ": " in it, unquoted, silently becomes a mapping in YAML: say so. */
        private void reportNotScalar(YNode n, String key) {
            if (n instanceof YMap m && m.entries().size() == 1) {
                YNode.Entry e = m.entries().values().iterator().next();
                diags.error(n.loc(), "value.colon", key, e.key(), asTyped(m));
            } else {
                diags.error(n.loc(), "value.scalar", key, n.kindKey(), key + ": ...");
            }
        }

        /** A one-key mapping as the clerk typed it ("Đơn vị chủ trì: Sở Y tế"), for the quoted fix. */
        private static String asTyped(YMap m) {
            YNode.Entry e = m.entries().values().iterator().next();
            String v = e.value() instanceof YScalar s && !s.isNull() ? s.value() : "...";
            return (e.key() + ": " + v).replace("\"", "\\\"");
        }

        private boolean bool(YNode n, String key) {
            String v = scalar(n, key);
            if (v == null) {
                return false;
            }
            String w = v.trim().toLowerCase(java.util.Locale.ROOT);
            if (ContentKeys.YES_WORDS.contains(w) || ContentKeys.NO_WORDS.contains(w)) {
                return ContentKeys.YES_WORDS.contains(w);
            }
            diags.error(n.loc(), "value.bool", key, v);
            return false;
        }

        /** A string, or a list of strings, as lines; a string's own line breaks split it too. */
        private List<String> lines(YNode n, String key) {
            if (n == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            if (n instanceof YSeq s) {
                for (YNode i : s.items()) {
                    String v = scalar(i, key);
                    if (v != null) {
                        out.add(v.trim());
                    }
                }
            } else {
                String v = scalar(n, key);
                if (v != null) {
                    for (String l : v.split("\n")) {
                        if (!l.isBlank()) {
                            out.add(l.trim());
                        }
                    }
                }
            }
            return out;
        }

        private RichText rich(YNode n, String key) {
            if (n == null) {
                return null;
            }
            if (!(n instanceof YScalar s)) {
                reportNotScalar(n, key);
                return null;
            }
            if (s.isNull()) {
                diags.error(n.loc(), "value.empty", key);
                return null;
            }
            return parse(s);
        }

        private RichText parse(YScalar s) {
            textLoc = s.loc();
            String text = joinLines(s.value().strip());
            return inline.parse(text, id -> {
                String near = MapReader.closest(id, notes.keySet());
                diags.error(s.loc(), near == null ? "note.unknown" : "note.unknown.suggest", id, near);
            }, mark -> diags.error(s.loc(), "inline.unclosed", mark));
        }
    }
}
