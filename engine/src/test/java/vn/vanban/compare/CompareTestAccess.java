package vn.vanban.compare;

/** The redline checks of this package, for the CLI's tests. */
public final class CompareTestAccess {
    private CompareTestAccess() {
    }

    /** Accept All reads as {@code newer}, Reject All as {@code older} (both plain DOCX renders). */
    public static void assertAcceptAndReject(byte[] redline, byte[] newer, byte[] older) {
        RedlineSamplesTest.sameLines(DocxText.lines(newer), DocxText.lines(TrackedChanges.acceptAll(redline)),
                "Accept All must give the new version");
        RedlineSamplesTest.sameLines(DocxText.lines(older), DocxText.lines(TrackedChanges.rejectAll(redline)),
                "Reject All must give the old version");
    }

    public static String documentXml(byte[] docx) {
        return TrackedChanges.part(docx, "word/document.xml");
    }
}
