package vn.vanban.schema;

import vn.vanban.json.JsonWriter;

import static vn.vanban.content.keys.ContentKeys.ALIGNMENTS;
import static vn.vanban.content.keys.ContentKeys.APPENDIX_KEYS;
import static vn.vanban.content.keys.ContentKeys.APPENDIX_STYLES;
import static vn.vanban.content.keys.ContentKeys.BLOCK_KEYS;
import static vn.vanban.content.keys.ContentKeys.ORIENTATIONS;
import static vn.vanban.content.keys.ContentKeys.TABLE_ALIGNS;
import static vn.vanban.content.keys.ContentKeys.TABLE_COLUMN_KEYS;
import static vn.vanban.content.keys.ContentKeys.TABLE_KEYS;
import static vn.vanban.content.keys.ContentKeys.TABLE_NUMBERING;
import static vn.vanban.content.keys.ContentKeys.TABLE_ROW_KEYS;
import static vn.vanban.content.keys.ContentKeys.TABLE_ROW_KINDS;
import static vn.vanban.content.keys.ContentKeys.TABLE_SOURCE_KEYS;
import static vn.vanban.content.keys.ContentKeys.BULLET_MARKERS;
import static vn.vanban.content.keys.ContentKeys.DUTY_KEYS;
import static vn.vanban.content.keys.ContentKeys.ITEM_KEYS;
import static vn.vanban.content.keys.ContentKeys.NO_WORDS;
import static vn.vanban.content.keys.ContentKeys.OBJECTIVE_KEYS;
import static vn.vanban.content.keys.ContentKeys.TARGET_KEYS;
import static vn.vanban.content.keys.ContentKeys.SIGNATURE_KEYS;
import static vn.vanban.content.keys.ContentKeys.TOP_KEYS;
import static vn.vanban.content.keys.ContentKeys.MEETING_KEYS;
import static vn.vanban.content.keys.ContentKeys.PERSON_KEYS;
import static vn.vanban.content.keys.ContentKeys.YES_WORDS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.vanban.content.DocType;
import vn.vanban.content.DocTypes;

/**
 * Builds the JSON Schema (draft-07, what editors' YAML support understands best) of the content
 * format from {@link vn.vanban.content.keys.ContentKeys} and the document type registry. Every object
 * forbids unknown keys, so a misspelt key is underlined while the clerk types.
 */
public final class SchemaGenerator {
    /** The reader's rule for a ký hiệu (DocumentReader.CODE), anchored. */
    static final String CODE_PATTERN = "^[A-ZĐ][A-Za-zĐđ]*(-[A-ZĐ0-9][A-Za-zĐđ0-9&]*)+$";
    static final String DATE_PATTERN = "^[0-9]{4}(-[0-9]{1,2}(-[0-9]{1,2})?)?$";
    private static final String DEFS = "#/definitions/";

    private final DocTypes types;
    private final SchemaTexts texts;

    public SchemaGenerator(DocTypes types, SchemaTexts texts) {
        this.types = types;
        this.texts = texts;
    }

    public String json() {
        return JsonWriter.write(schema());
    }

    public Map<String, Object> schema() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("$schema", "http://json-schema.org/draft-07/schema#");
        s.put("title", "vanban");
        s.putAll(texts.description("van-ban"));
        s.putAll(object("van-ban", TOP_KEYS, List.of("loai", "co-quan-ban-hanh", "ky-hieu")));
        List<Object> rules = new ArrayList<>(codeMatchesType());
        rules.addAll(requiredByType());
        s.put("allOf", rules);
        s.put("definitions", definitions());
        return s;
    }

    /** ký hiệu must start with the type's abbreviation: KH-... for a kế hoạch. */
    private List<Object> codeMatchesType() {
        List<Object> rules = new ArrayList<>();
        for (DocType t : sortedTypes()) {
            if (t.abbreviation().isEmpty()) {
                // Công văn: agency and unit ("UBND-VP"), never a type's abbreviation first.
                String others = String.join("|", sortedTypes().stream().map(DocType::abbreviation)
                        .filter(x -> !x.isEmpty()).toList());
                rules.add(map("if", map("properties", map("loai", map("const", t.key())), "required", List.of("loai")),
                        "then", map("properties", map("ky-hieu", map("not", map("pattern", "^(" + others + ")-"))))));
                continue;
            }
            rules.add(map("if", map("properties", map("loai", map("const", t.key())), "required", List.of("loai")),
                    "then", map("properties", map("ky-hieu", map("pattern", "^" + t.abbreviation() + "-",
                            "patternErrorMessage", texts.text("ky-hieu.loai", t.nameInText(), t.abbreviation()))))));
        }
        return rules;
    }

    /** The keys each type requires (registry {@code bat-buoc}): a biên bản has no Nơi nhận. */
    private List<Object> requiredByType() {
        List<Object> rules = new ArrayList<>();
        for (DocType t : sortedTypes()) {
            rules.add(map("if", map("properties", map("loai", map("const", t.key())), "required", List.of("loai")),
                    "then", map("required", t.required())));
        }
        return rules;
    }

    /** Sorted by key: the registry's own map has no stable order, and the output must not change between runs. */
    private List<DocType> sortedTypes() {
        List<DocType> all = new ArrayList<>(types.all());
        all.sort((a, b) -> a.key().compareTo(b.key()));
        return all;
    }

    private Map<String, Object> definitions() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("text", map("type", List.of("string", "number")));
        d.put("lines", anyOf(ref("text"), map("type", "array", "items", ref("text"))));
        d.put("units", anyOf(ref("text"), map("type", "array", "items", ref("text"))));
        d.put("yes-no", anyOf(map("type", "boolean"), map("type", "string", "enum", yesNoWords())));
        // "- Kế hoạch như sau:" is, to YAML, a one-key mapping with an empty value; the reader takes it as text.
        // Written with patternProperties, not propertyNames, so that editors comparing the alternatives of
        // a block blame a misspelt key inside "muc" rather than this one.
        d.put("text-ending-with-colon", map("type", "object", "minProperties", 1, "maxProperties", 1,
                "patternProperties", map("^(?![a-z0-9-]+$)", map("type", "null")), "additionalProperties", false));
        d.put("blocks", map("type", "array", "items", ref("block")));
        List<Object> kinds = new ArrayList<>(List.of(ref("text"), ref("text-ending-with-colon")));
        for (String kind : BLOCK_KEYS.keySet()) {
            kinds.add(ref("block-" + kind));
        }
        d.put("block", anyOf(kinds.toArray()));
        for (Map.Entry<String, List<String>> e : BLOCK_KEYS.entrySet()) {
            List<String> keys = new ArrayList<>();
            keys.add(e.getKey());
            keys.addAll(e.getValue());
            d.put("block-" + e.getKey(), object(e.getKey(), keys, List.of(e.getKey())));
        }
        d.put("item", anyOf(ref("text"), ref("text-ending-with-colon"), object("phan-tu", ITEM_KEYS, List.of("doan"))));
        d.put("items", map("type", "array", "items", ref("item")));
        d.put("duty", object("trach-nhiem", DUTY_KEYS, List.of()));
        d.put("signature", object("ky", SIGNATURE_KEYS, List.of("chuc-vu")));
        d.put("appendix", object("phu-luc", APPENDIX_KEYS, List.of("tieu-de")));
        d.put("table", object("bang", TABLE_KEYS, List.of()));
        d.put("table-column", object("cot", TABLE_COLUMN_KEYS, List.of()));
        // A row is a name, a mapping of its keys, or {dong-trong: N} for N blank rows to fill by hand.
        d.put("table-row", anyOf(ref("text"), object("dong", TABLE_ROW_KEYS, List.of()),
                object("dong", List.of("dong-trong"), List.of("dong-trong"))));
        d.put("table-source", object("nguon", TABLE_SOURCE_KEYS, List.of("tep")));
        d.put("numbering-style", anyOf(map("type", "string", "enum", TABLE_NUMBERING),
                object("danh-so", List.of("kieu", "tien-to"), List.of("kieu"))));
        d.put("numbering", anyOf(ref("numbering-style"), map("type", "array", "items", ref("numbering-style"))));
        // An unquoted "- Lưu: VT, VP" is a one-key mapping; the reader joins it back into one line.
        d.put("recipient", anyOf(ref("text"), map("type", "object", "minProperties", 1, "maxProperties", 1,
                "additionalProperties", ref("text"))));
        return d;
    }

    private static List<String> yesNoWords() {
        List<String> w = new ArrayList<>(YES_WORDS);
        w.addAll(NO_WORDS);
        return w;
    }

    /** An object that accepts exactly {@code keys}, each with its description, examples and value rule. */
    private Map<String, Object> object(String context, List<String> keys, List<String> required) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (String k : keys) {
            Map<String, Object> p = new LinkedHashMap<>(texts.annotations(context, k));
            Object examples = p.remove("examples");
            p.putAll(value(context, k));
            if (examples != null) {
                p.put("examples", examples);
            }
            props.put(k, p);
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "object");
        o.put("properties", props);
        if (!required.isEmpty()) {
            o.put("required", required);
        }
        o.put("additionalProperties", false);
        return o;
    }

    /** The rule for one key's value. Mirrors what DocumentReader accepts, no more and no less. */
    private Map<String, Object> value(String context, String key) {
        Map<String, Object> table = tableValue(context, key);
        if (table != null) {
            return table;
        }
        Map<String, Object> targets = targetValue(context, key);
        if (targets != null) {
            return targets;
        }
        return switch (key) {
            case "loai" -> map("type", "string", "enum", sortedTypes().stream().map(DocType::key).toList());
            case "so" -> anyOf(map("type", "integer", "minimum", 1, "maximum", 999999),
                    patterned("so", "^[0-9]{1,6}$"), map("type", "null"));
            case "ky-hieu" -> patterned("ky-hieu", CODE_PATTERN);
            case "ngay" -> anyOf(patterned("ngay", DATE_PATTERN),
                    map("type", "integer", "minimum", 1945, "maximum", 2100), map("type", "null"));
            case "co-quan-chu-quan", "co-quan-ban-hanh", "trich-yeu", "phu-de", "kinh-gui", "tham-quyen" -> ref("lines");
            case "hop" -> object("hop", MEETING_KEYS, List.of("thoi-gian", "dia-diem"));
            case "so-lieu" -> anyOf(map("type", "string", "pattern", "^[a-z0-9][a-z0-9-]*$"),
                    object("so-lieu", List.of("don-vi", "tong-hop"), List.of("tong-hop")));
            case "chi-tieu" -> context.equals("phu-luc")
                    ? map("type", "array", "items", object("chi-tieu", List.of("noi-dung", "dvt", "ke-hoach", "chieu",
                            "thuc-hien"), List.of("noi-dung", "ke-hoach")))
                    : map("type", "array", "items", map("type", "string"));
            case "tong-hop" -> map("type", "array", "items", map("type", "string"));
            case "ke-hoach" -> map("type", List.of("number", "string"));
            case "thuc-hien" -> map("type", List.of("number", "string", "null"));
            case "chieu" -> map("type", "string", "enum", List.of("tang", "giam"));
            case "ky-mac-dinh" -> anyOf(map("type", "string", "pattern", "^[0-9]{4}(-6T|-Q[1-4])?$"),
                    map("type", "integer", "minimum", 1945, "maximum", 2100));
            case "so-lieu-phu-luc" -> map("type", "array", "items",
                    object("so-lieu-phu-luc", List.of("nhom", "chi-tieu"), List.of("nhom", "chi-tieu")));
            case "can-cu" -> map("type", List.of("array", "null"), "items", ref("text"));
            case "mo-dau" -> blocksOrEmpty();
            case "noi-dung" -> context.equals("van-ban") ? ref("blocks")
                    : context.equals("chi-tieu") ? ref("text") : blocksOrEmpty();
            case "noi-nhan" -> map("type", "array", "items", ref("recipient"));
            case "ky" -> ref("signature");
            case "chu-thich" -> map("type", "object", "additionalProperties", ref("text"));
            case "phu-luc" -> map("type", List.of("array", "null"), "items", ref("appendix"));
            case "kieu-so-phu-luc" -> map("type", "string", "enum", APPENDIX_STYLES);
            case "de-cuong", "danh-so" -> ref("yes-no");
            case "diem", "gach" -> anyOf(ref("items"), map("type", "null"));
            case "trach-nhiem" -> ref("duty");
            case "ngat-trang" -> map("type", List.of("boolean", "null"));
            case "bang" -> ref("table");
            case "don-vi-tinh" -> ref("text");
            case "kem-theo" -> anyOf(map("type", "string", "pattern", "[^\\s()]"), map("type", "boolean", "enum", List.of(false)));
            case "don-vi-bao-cao", "hai-chu-so", "phan-cong" -> ref("yes-no");
            case "huong" -> map("type", "string", "enum", ORIENTATIONS);
            case "cap-con" -> map("type", "integer", "minimum", 1, "maximum", 4);
            case "chu-tri", "phoi-hop" -> ref("units");
            case "dau" -> map("type", "string", "enum", BULLET_MARKERS);
            case "can" -> map("type", "string", "enum", ALIGNMENTS);
            default -> ref("text");
        };
    }

    /** Keys inside a table, whose values differ from the same names elsewhere ({@code can}, {@code so}...). */
    private Map<String, Object> tableValue(String context, String key) {
        Map<String, Object> number = map("type", "number");
        Map<String, Object> flag = map("type", "boolean");
        return switch (context + "." + key) {
            case "hop.thoi-gian", "hop.ket-thuc" -> map("type", "string",
                    "pattern", "^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}[ T][0-9]{1,2}[:h][0-9]{2}$");
            case "hop.chu-tri", "hop.thu-ky" -> anyOf(ref("text"), object(key, PERSON_KEYS, List.of("ho-ten")));
            case "hop.thanh-phan" -> map("type", "array", "items", ref("text"));
            case "bang.cot", "cot.cot-con" -> map("type", "array", "items", ref("table-column"));
            case "bang.dong", "dong.con" -> map("type", "array", "items", ref("table-row"));
            case "bang.danh-so", "bang.danh-so-nhom" -> ref("numbering");
            case "bang.nguon" -> ref("table-source");
            case "bang.huong" -> map("type", "string", "enum", ORIENTATIONS);
            case "cot.rong" -> map("type", "number", "exclusiveMinimum", 0, "maximum",
                    vn.vanban.content.table.TableReader.MAX_WIDTH);
            case "cot.can" -> map("type", "string", "enum", TABLE_ALIGNS);
            case "cot.kieu" -> map("type", "string", "enum", List.of("so", "chu"));
            case "cot.thap-phan" -> map("type", "integer", "minimum", 0, "maximum",
                    vn.vanban.content.table.TableReader.MAX_DECIMALS);
            case "cot.cong", "dong.dam", "dong.nghieng", "cot.hai-chu-so" -> flag;
            case "cot.tinh" -> map("type", "object");
            case "cot.ten", "cot.ma", "cot.don-vi", "dong.id", "dong.ten", "nguon.tep", "nguon.trang", "nguon.dong" ->
                    ref("text");
            case "dong.so" -> anyOf(ref("text"), number);
            case "dong.gia-tri" -> map("type", "object", "additionalProperties",
                    anyOf(number, ref("text"), map("type", "null")));
            case "dong.loai" -> map("type", "string", "enum", TABLE_ROW_KINDS);
            case "dong.tinh" -> map("type", "string", "enum", List.of("tong"));
            case "dong.cong" -> map("type", "array", "items", ref("text"));
            case "dong.chieu" -> map("type", "string", "enum", List.of("tang", "giam"));
            case "dong.gop" -> anyOf(map("type", "string", "enum", List.of("het")), map("type", "array"));
            case "dong.gop-dong" -> map("type", "object", "additionalProperties",
                    anyOf(map("type", "integer", "minimum", 1), map("type", "string", "enum", List.of("con"))));
            case "nguon.cot" -> map("type", "object", "additionalProperties", ref("text"));
            case "dong.dong-trong" -> map("type", "integer", "minimum", 1, "maximum",
                    vn.vanban.content.table.TableReader.MAX_BLANK_ROWS);
            case "danh-so.kieu" -> map("type", "string", "enum", TABLE_NUMBERING);
            case "danh-so.tien-to" -> ref("text");
            default -> null;
        };
    }

    /** Keys of targets as data ({@code muc-tieu}): objectives, targets, values by year. */
    private Map<String, Object> targetValue(String context, String key) {
        Map<String, Object> value = map("type", List.of("number", "string"));
        Map<String, Object> byYear = map("type", "object", "propertyNames", map("pattern", "^(19|20)[0-9]{2}$"),
                "additionalProperties", value);
        return switch (context + "." + key) {
            case "muc-tieu.muc-tieu" -> map("type", "array", "items",
                    object("muc-tieu.muc", OBJECTIVE_KEYS, List.of("ten", "chi-tieu")));
            case "muc-tieu.so-sanh", "muc-tieu.cap", "muc-tieu.muc.ten", "muc-tieu.muc.id", "muc-tieu.chi-tieu.id",
                 "muc-tieu.chi-tieu.noi-dung", "muc-tieu.chi-tieu.dvt" -> ref("text");
            case "muc-tieu.nam-goc", "muc-tieu.chi-tieu.nam-goc" -> map("type", List.of("integer", "string"));
            case "muc-tieu.muc.chi-tieu" -> map("type", "array", "items",
                    object("muc-tieu.chi-tieu", TARGET_KEYS, List.of("noi-dung", "moc")));
            case "muc-tieu.chi-tieu.goc" -> value;
            case "muc-tieu.chi-tieu.moc", "muc-tieu.chi-tieu.so-sanh" -> byYear;
            case "phu-luc.tong-hop-chi-tieu", "phu-luc.bang-phan-cong" -> ref("yes-no");
            case "van-ban.so-le" -> map("type", "object", "additionalProperties",
                    map("type", "integer", "minimum", 0, "maximum", 6));
            default -> null;
        };
    }

    /** A string with a pattern, and the words an editor shows when it does not match. */
    private Map<String, Object> patterned(String key, String pattern) {
        Map<String, Object> m = map("type", "string", "pattern", pattern);
        String message = texts.patternError(key);
        if (message != null) {
            m.put("patternErrorMessage", message);
        }
        return m;
    }

    private static Map<String, Object> blocksOrEmpty() {
        return anyOf(ref("blocks"), map("type", "null"));
    }

    private static Map<String, Object> ref(String definition) {
        return map("$ref", DEFS + definition);
    }

    private static Map<String, Object> anyOf(Object... options) {
        return map("anyOf", List.of(options));
    }

    /** An ordered map from alternating keys and values. */
    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
