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
 */
public record DocType(String key, String name, String abbreviation, String template, String nameInText) {
}
