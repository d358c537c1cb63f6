package vn.vanban.importer;

import java.nio.file.Path;

final class PdfSource {
    private PdfSource() {
    }

    static Importer.Source read(Path file) throws Importer.UnreadableException {
        throw new Importer.UnreadableException("chưa đọc được PDF");
    }
}
