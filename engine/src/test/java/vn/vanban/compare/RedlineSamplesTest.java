package vn.vanban.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.vanban.TestPaths;
import vn.vanban.data.DataStage;
import vn.vanban.fonts.FontSet;
import vn.vanban.layout.Revisions;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.render.Engine;
import vn.vanban.render.Formats;
import vn.vanban.load.TemplateSource;

/**
 * Every content sample with every edit that has a place in it (and with all of them at once): the
 * redline's Accept All reads back (Apache POI) exactly as the new version's own DOCX, its Reject All
 * exactly as the old version's; its parts are valid ECMA-376; it shows changes; the same inputs give
 * the same bytes; the marked PDF holds the new text.
 */
class RedlineSamplesTest {
    static final Engine ENGINE = new Engine(TemplateSource.defaults());
    static final Formats FORMATS = new Formats(Nd30Profile.defaults(), FontSet::bundled);
    static final Revisions.Author AUTHOR = new Revisions.Author("Nguyễn Văn Thử", Instant.parse("2024-05-20T08:30:00Z"));

    /** Which edits each sample has a place for, found by applying them to a scratch copy. */
    private static final Map<String, Set<SampleEdits>> APPLICABLE = applicable();

    static List<String> samples() {
        try (Stream<Path> s = Files.list(TestPaths.root().resolve("content"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Set<SampleEdits>> applicable() {
        Map<String, Set<SampleEdits>> out = new LinkedHashMap<>();
        try {
            Path scratch = Files.createTempDirectory("vanban-edits");
            int n = 0;
            for (String sample : samples()) {
                Set<SampleEdits> set = EnumSet.noneOf(SampleEdits.class);
                for (SampleEdits e : SampleEdits.values()) {
                    Path dir = SampleEdits.copyContent(TestPaths.root(), scratch.resolve("c" + n++));
                    if (e.apply(dir, sample)) {
                        set.add(e);
                    }
                }
                out.put(sample, set);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        APPLICABLE.forEach((sample, edits) -> {
            edits.forEach(e -> out.add(Arguments.of(sample, List.of(e))));
            out.add(Arguments.of(sample, List.copyOf(edits)));
        });
        return out.stream();
    }

    @Test
    void everyEditHasSamplesAndEverySampleManyEdits() {
        for (SampleEdits e : SampleEdits.values()) {
            assertTrue(APPLICABLE.values().stream().anyMatch(s -> s.contains(e)), e + " applies to no sample");
        }
        APPLICABLE.forEach((sample, edits) -> assertTrue(edits.size() >= 4, sample + " gets only " + edits));
        assertEquals(samples().size(), APPLICABLE.size());
    }

    /** Old and new project copies, the edits applied to the new one. */
    record Versions(Path older, Path newer) {
        static Versions of(Path tmp, String sample, List<SampleEdits> edits) {
            Path o = SampleEdits.copyContent(TestPaths.root(), tmp.resolve("old"));
            Path n = SampleEdits.copyContent(TestPaths.root(), tmp.resolve("new"));
            // One edit must apply; of several, an earlier one may take away the place of a later one
            // (a deleted clause held the line to make bold), but most must apply.
            int applied = 0;
            for (SampleEdits e : edits) {
                applied += e.apply(n, sample) ? 1 : 0;
            }
            assertTrue(edits.size() == 1 ? applied == 1 : applied * 2 > edits.size(), edits + " on " + sample);
            return new Versions(o.resolve("content").resolve(sample), n.resolve("content").resolve(sample));
        }
    }

    static Comparison compare(Versions v) {
        return Comparison.of(ENGINE.renderWithSources(v.older(), DataStage.Request.NONE),
                ENGINE.renderWithSources(v.newer(), DataStage.Request.NONE), AUTHOR, FORMATS);
    }

    static byte[] plainDocx(Path file) {
        return FORMATS.writer("docx").write(ENGINE.render(file).layout());
    }

    private static List<String> failedRules(org.apache.poi.xwpf.usermodel.XWPFDocument d) {
        return vn.vanban.check.docx.DocxConformance.check(d).stream().filter(r -> !r.met())
                .map(vn.vanban.check.docx.RuleResult::rule).toList();
    }

    /** Equal line lists, or a failure that shows the first line that differs. */
    static void sameLines(List<String> expected, List<String> actual, String message) {
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                org.junit.jupiter.api.Assertions.fail(message + "; line " + (i + 1) + ":\n expected: "
                        + expected.get(i) + "\n but was:  " + actual.get(i));
            }
        }
        assertEquals(expected.size(), actual.size(), message + "; line count (first extra line: "
                + (expected.size() > n ? expected.get(n) : actual.size() > n ? actual.get(n) : "") + ")");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void acceptAllIsNewRejectAllIsOld(String sample, List<SampleEdits> edits, @TempDir Path tmp) throws IOException {
        Versions v = Versions.of(tmp, sample, edits);
        Comparison c = compare(v);
        assertTrue(c.redline().insertions() + c.redline().deletions() + c.redline().formatting() > 0, "no change shown");

        String what = sample + " " + edits + ": ";
        sameLines(DocxText.lines(plainDocx(v.newer())), DocxText.lines(TrackedChanges.acceptAll(c.docx())),
                what + "Accept All must give the new version");
        sameLines(DocxText.lines(plainDocx(v.older())), DocxText.lines(TrackedChanges.rejectAll(c.docx())),
                what + "Reject All must give the old version");

        List<String> errors = OoxmlSchema.errors(TrackedChanges.part(c.docx(), "word/document.xml"),
                TrackedChanges.part(c.docx(), "word/footnotes.xml"));
        assertEquals(List.of(), errors, "schema errors");

        // The redline is still an ND30 document: the conformance checker finds what the plain DOCX has.
        try (var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(c.docx()));
             var plain = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                     new java.io.ByteArrayInputStream(plainDocx(v.newer())))) {
            assertEquals(failedRules(plain), failedRules(d), what + "ND30 rules");
        }

        Comparison again = compare(v);
        assertArrayEquals(c.docx(), again.docx(), "same inputs, same DOCX bytes");
        assertArrayEquals(c.pdf(), again.pdf(), "same inputs, same PDF bytes");

        try (PDDocument pdf = Loader.loadPDF(c.pdf())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            // Later edits may delete the paragraph an earlier one changed: look for what the new version has.
            if (edits.contains(SampleEdits.WORD) && ENGINE.render(v.newer()).markup().contains("khẩn trương")) {
                assertTrue(text.contains("khẩn trương"), what + "the inserted word is in the PDF: " + text);
            }
            if (edits.contains(SampleEdits.SECTION_FIRST)) {
                assertTrue(text.contains("MỤC THÊM VÀO ĐẦU"), what + "the inserted section is in the PDF");
            }
        }
    }
}
