package vn.vanban.content;

/**
 * A document type from the registry {@code templates/loai-van-ban.yaml}: adding a type needs an entry
 * there and a template, no Java.
 *
 * @param key          the {@code loai} value, e.g. {@code ke-hoach}
 * @param name         printed type name, e.g. {@code KẾ HOẠCH}
 * @param abbreviation ND30 Phụ lục III abbreviation, e.g. {@code KH}
 * @param template     template file name
 * @param nameInText   the type as written inside a sentence ("Kế hoạch")
 * @param required     top-level keys this type must have besides {@code loai}, {@code co-quan-ban-hanh} and
 *                     {@code ky-hieu} (registry {@code bat-buoc}; a Biên bản has no Nơi nhận)
 */
public record DocType(String key, String name, String abbreviation, String template, String nameInText,
                      java.util.List<String> required) {
    /** What every type needed before the registry could say otherwise. */
    public static final java.util.List<String> USUAL_REQUIRED = java.util.List.of("trich-yeu", "noi-dung", "noi-nhan", "ky");

    public DocType {
        required = java.util.List.copyOf(required);
    }

    public DocType(String key, String name, String abbreviation, String template, String nameInText) {
        this(key, name, abbreviation, template, nameInText, USUAL_REQUIRED);
    }

    /** A type printed without a type name (Công văn: "V/v ..." under the number instead). */
    public boolean hasName() {
        return !name.isBlank();
    }

    public boolean requires(String topKey) {
        return required.contains(topKey);
    }
}
