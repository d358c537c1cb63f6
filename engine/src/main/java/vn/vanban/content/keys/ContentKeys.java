package vn.vanban.content.keys;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every key of the content format, in one place: the reader accepts exactly these and the JSON
 * Schema is generated from them, so the two cannot drift apart.
 */
public final class ContentKeys {
    private ContentKeys() {
    }

    public static final List<String> TOP_KEYS = List.of("loai", "co-quan-chu-quan", "co-quan-ban-hanh", "ten-co-quan",
            "so", "ky-hieu", "dia-danh", "ngay", "trich-yeu", "can-cu", "mo-dau", "noi-dung", "ket-thuc", "noi-nhan",
            "ky", "chu-thich", "phu-luc", "kieu-so-phu-luc",
            // Reports (bao-cao): addressees, where the figures are, which period when none is given.
            "kinh-gui", "so-lieu", "ky-mac-dinh",
            // Other types (issue 15): the decision maker's line, "Theo đề nghị của ...", a meeting's facts.
            "tham-quyen", "de-nghi", "hop",
            // A decision that issues a plan: the plan's file, printed after the decision as its attachment.
            "ban-hanh",
            // Small counts in every table as offices write them: "02 lớp" (issue 14).
            "hai-chu-so",
            // Reports: decimals per figure for this document, over the shared catalogue (issue 14).
            "so-le");
    /** A meeting ({@code hop}) of a Giấy mời or Biên bản: when, where, who. */
    public static final List<String> MEETING_KEYS = List.of("thoi-gian", "ket-thuc", "dia-diem", "chu-tri", "thu-ky",
            "thanh-phan");
    /** A person of a meeting (chủ trì, thư ký). */
    public static final List<String> PERSON_KEYS = List.of("ho-ten", "chuc-vu");
    public static final List<String> SIGNATURE_KEYS = List.of("thay-mat", "ky-thay", "quyen", "thua-lenh",
            "thua-uy-quyen", "chuc-vu", "ho-ten");
    public static final List<String> APPENDIX_KEYS = List.of("tieu-de", "phu-de", "de-cuong", "danh-so", "noi-dung",
            "kem-theo", "don-vi-bao-cao", "don-vi-tinh", "huong",
            "so-lieu-phu-luc", "chi-tieu", "id", "tong-hop-chi-tieu", "bang-phan-cong");
    /** Targets as data ({@code muc-tieu} block): an objective, and one of its targets. */
    public static final List<String> OBJECTIVE_KEYS = List.of("ten", "id", "chi-tieu");
    public static final List<String> TARGET_KEYS = List.of("id", "noi-dung", "dvt", "nam-goc", "goc", "moc", "so-sanh");
    public static final List<String> DUTY_KEYS = List.of("tu", "den", "chu-tri", "phoi-hop", "thoi-gian");
    public static final List<String> ITEM_KEYS = List.of("doan", "noi-dung", "gach", "diem");
    /** The key that names a block's kind, and the other keys that kind may carry. */
    public static final Map<String, List<String>> BLOCK_KEYS = blockKeys();
    /** Keys of a table ({@code bang}), its columns, rows and data source. */
    public static final List<String> TABLE_KEYS = List.of("cot", "dong", "danh-so", "danh-so-nhom", "nguon", "huong");
    public static final List<String> TABLE_COLUMN_KEYS = List.of("ten", "ma", "rong", "can", "don-vi", "kieu",
            "thap-phan", "cong", "tinh", "cot-con", "hai-chu-so");
    public static final List<String> TABLE_ROW_KEYS = List.of("id", "so", "ten", "gia-tri", "con", "loai", "tinh",
            "cong", "chieu", "gop", "gop-dong", "dam", "nghieng");
    public static final List<String> TABLE_SOURCE_KEYS = List.of("tep", "trang", "cot", "dong");
    public static final List<String> TABLE_ALIGNS = List.of("trai", "giua", "phai");
    public static final List<String> TABLE_ROW_KINDS = List.of("nhom", "tong", "trong-do");
    public static final List<String> TABLE_NUMBERING = List.of("la-ma", "so", "so-cap", "chu", "khong");
    public static final List<String> ORIENTATIONS = List.of("ngang", "doc");
    public static final List<String> APPENDIX_STYLES = List.of("la-ma", "so", "so-hai-chu-so");
    public static final List<String> BULLET_MARKERS = List.of("-", "+", "*", "•");
    public static final List<String> ALIGNMENTS = List.of("giua", "deu");
    /** Words a clerk may write for yes/no besides YAML's own true/false (compared in lower case). */
    public static final List<String> YES_WORDS = List.of("true", "co", "có", "yes");
    public static final List<String> NO_WORDS = List.of("false", "khong", "không", "no");

    private static Map<String, List<String>> blockKeys() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("muc", List.of("id", "noi-dung"));
        m.put("khoan", List.of("id", "noi-dung"));
        m.put("dieu", List.of("id", "noi-dung"));
        m.put("nhiem-vu", List.of("id", "noi-dung", "chu-tri", "phoi-hop", "thoi-gian"));
        m.put("diem", List.of());
        m.put("gach", List.of("dau"));
        m.put("ghi-chu", List.of());
        m.put("doan", List.of("can"));
        m.put("trach-nhiem", List.of());
        m.put("ngat-trang", List.of());
        m.put("bang", List.of());
        m.put("phan", List.of("noi-dung", "cap-con"));
        m.put("muc-tieu", List.of("so-sanh", "cap", "nam-goc"));
        m.put("phan-cong", List.of());
        return Collections.unmodifiableMap(m);
    }
}
