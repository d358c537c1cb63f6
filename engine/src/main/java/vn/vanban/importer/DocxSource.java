package vn.vanban.importer;

import java.nio.file.Path;

final class DocxSource {
    private DocxSource() {
    }

    static Importer.Source read(Path file) throws Importer.UnreadableException {
        throw new Importer.UnreadableException("chưa đọc được DOCX");
    }
}
