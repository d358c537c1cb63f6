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
 * @param closingByDefault without {@code ket-thuc}, the document closes with ND30's usual sentence
 *                     ("Trên đây là Báo cáo ... của ...") ({@code ket-thuc-mac-dinh} in the registry)
 */
public record DocType(String key, String name, String abbreviation, String template, String nameInText,
                      boolean closingByDefault) {
    public DocType(String key, String name, String abbreviation, String template, String nameInText) {
        this(key, name, abbreviation, template, nameInText, false);
    }
}
