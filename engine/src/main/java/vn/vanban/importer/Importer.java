package vn.vanban.importer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.vanban.content.DocType;
import vn.vanban.content.DocTypes;

/**
 * {@code vanban nhap}: an office's existing document (DOCX, PDF or plain text) → a content file.
 * Stages: a reader per format gives source paragraphs and tables ({@link Src}); the
 * {@link Recogniser} builds the document's structure ({@link Draft}); the {@link YamlWriter} prints it.
 */
public final class Importer {
    /** What one import gives: the content file's text, what was recognised, and what to look at. */
    public record Result(String yaml, Recogniser.Counts counts, List<Recogniser.Warning> warnings,
                         List<String> unplaced) {
        /** One line: "mục 24, nhiệm vụ 31, bảng 7, nơi nhận 10, phụ lục 8, chữ ký có; 3 đoạn chưa xếp được". */
        public String summary() {
            return "mục " + counts.sections + ", nhiệm vụ " + counts.tasks + ", bảng " + counts.tables + ", nơi nhận "
                    + counts.recipients + ", phụ lục " + counts.appendices + ", chữ ký " + (counts.signature ? "có" : "không")
                    + "; " + unplaced.size() + " đoạn chưa xếp được, " + warnings.size() + " cảnh báo";
        }
    }

    /** The source could not be read at all (not a DOCX, damaged PDF, not UTF-8 text...). */
    public static final class UnreadableException extends Exception {
        public UnreadableException(String message) {
            super(message);
        }
    }

    /** What the readers found: items in order and footnote texts by their id. */
    public record Source(List<Src> items, Map<String, String> notes) {
    }

    private final Map<String, String> typeNames = new LinkedHashMap<>();

    public Importer(DocTypes types) {
        for (DocType t : types.all()) {
            typeNames.put(t.name().toUpperCase(Locale.forLanguageTag("vi")), t.key());
        }
    }

    public Result importFile(Path file) throws IOException, UnreadableException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Source source;
        if (name.endsWith(".docx")) {
            source = DocxSource.read(file);
        } else if (name.endsWith(".pdf")) {
            source = PdfSource.read(file);
        } else {
            source = new Source(new TextSource().read(readText(file)), Map.of());
        }
        return convert(source, file.getFileName().toString());
    }

    public Result importText(String text, String name) {
        return convert(new Source(new TextSource().read(text), Map.of()), name);
    }

    public Result convert(Source source, String name) {
        Recogniser r = new Recogniser(source.items(), source.notes(), typeNames).run();
        List<String> head = new ArrayList<>();
        head.add("Nhập từ " + name + " bằng \"vanban nhap\": " + "mục " + r.counts().sections + ", nhiệm vụ "
                + r.counts().tasks + ", bảng " + r.counts().tables + ", nơi nhận " + r.counts().recipients
                + ", phụ lục " + r.counts().appendices + ".");
        head.add("Kiểm tra bằng \"./vanban check\"; sửa những chỗ có ghi chú \"# nhập:\" rồi xóa ghi chú đó.");
        String yaml = YamlWriter.write(r.draft(), head);
        return new Result(yaml, r.counts(), List.copyOf(r.warnings()), List.copyOf(r.unplaced()));
    }

    private static String readText(Path file) throws IOException, UnreadableException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableException("tệp không phải văn bản UTF-8; lưu lại dưới dạng UTF-8 rồi nhập lại");
        }
    }
}
