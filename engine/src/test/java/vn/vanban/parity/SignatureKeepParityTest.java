package vn.vanban.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanban.fonts.FontSet;
import vn.vanban.layout.Block;
import vn.vanban.layout.Inline;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.Line;
import vn.vanban.layout.PageSection;
import vn.vanban.layout.Role;
import vn.vanban.layout.Table;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.write.docx.DocxWriter;
import vn.vanban.write.pdf.PdfWriter;

/**
 * The keep before the signature (decided once in {@code write.CompatibilityPass}) cuts our PDF as
 * LibreOffice cuts our DOCX, around the page end: a body of n one-line paragraphs, then either the
 * signature or a small table and the signature, for n running the signature over the foot of page 1.
 * After a paragraph the last paragraph goes with the signature; after a table the signature goes alone.
 * Runs whenever soffice is on the machine; CI installs it.
 */
class SignatureKeepParityTest {
    @TempDir
    Path dir;

    private static Line line(Role role, String text) {
        return new Line(role, List.of(Inline.Span.plain(text)), Line.Rule.NONE);
    }

    private static LayoutDocument document(int paragraphs, boolean table) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i <= paragraphs; i++) {
            blocks.add(new Block.Paragraph(Role.BODY, List.of(Inline.Span.plain("Dòng số " + i + " của phần thân."))));
        }
        if (table) {
            List<Table.Row> rows = new ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                rows.add(new Table.Row(List.of(
                        new Table.Cell(List.of(Inline.Span.plain("Ô" + r)), 1, 1, null, false, false),
                        new Table.Cell(List.of(Inline.Span.plain("Giá" + r)), 1, 1, null, false, false)), false));
            }
            blocks.add(new Block.TableBlock(new Table(List.of(new Table.Column(1, Table.Align.LEFT),
                    new Table.Column(1, Table.Align.LEFT)), List.of(), rows)));
        }
        blocks.add(new Block.SignatureBlock(
                List.of(line(Role.RECIPIENTS_TITLE, "Nơi nhận:"), line(Role.RECIPIENT, "- Như trên;"),
                        line(Role.RECIPIENT, "- Lưu: VT.")),
                List.of(line(Role.SIGNER_AUTHORITY, "GIÁM ĐỐC"), line(Role.SIGNER_NAME, "Nguyễn Văn An"))));
        return new LayoutDocument("Ký", null, List.of(new PageSection(PageSection.Orientation.PORTRAIT, false, blocks)));
    }

    @Test
    void theSignatureGoesOverThePageEndAsInLibreOffice() throws Exception {
        assumeTrue(LibreOffice.available(), "soffice not installed");
        Nd30Profile profile = Nd30Profile.defaults();
        DocxWriter docx = new DocxWriter(profile, FontSet.bundled());
        PdfWriter pdf = new PdfWriter(profile, FontSet.bundled());
        Map<String, Path> ours = new LinkedHashMap<>();
        List<Path> docxFiles = new ArrayList<>();
        for (boolean table : List.of(true, false)) {
            for (int n = 23; n <= 31; n++) {
                String name = (table ? "bang-" : "doan-") + n;
                LayoutDocument d = document(n, table);
                Path x = dir.resolve(name + ".docx");
                Files.write(x, docx.write(d));
                Files.write(dir.resolve(name + ".pdf"), pdf.write(d));
                docxFiles.add(x);
                ours.put(name, dir.resolve(name + ".pdf"));
            }
        }
        Path lo = Files.createDirectories(dir.resolve("lo"));
        LibreOffice.toPdf(docxFiles, lo);

        boolean aloneAfterTable = false;
        boolean movedWithParagraph = false;
        for (var e : ours.entrySet()) {
            List<List<String>> mine = PdfPages.words(e.getValue());
            List<List<String>> theirs = PdfPages.words(lo.resolve(e.getKey() + ".pdf"));
            assertEquals(edges(theirs), edges(mine), e.getKey() + ": pages, LibreOffice vs ours");
            if (mine.size() == 2) {
                List<String> second = mine.get(1);
                aloneAfterTable |= e.getKey().startsWith("bang-") && second.get(0).equals("Nơi");
                // Only the last body paragraph went over with the signature.
                movedWithParagraph |= e.getKey().startsWith("doan-") && second.get(0).equals("Dòng")
                        && second.stream().filter("Dòng"::equals).count() == 1 && second.contains("Nơi");
            }
        }
        assertTrue(aloneAfterTable, "some table leaves the signature alone on page 2");
        assertTrue(movedWithParagraph, "some last paragraph moves to page 2 with the signature");
    }

    /** Each page's first and last two words. */
    private static List<String> edges(List<List<String>> pages) {
        List<String> out = new ArrayList<>();
        for (List<String> w : pages) {
            out.add(String.join(" ", w.subList(0, Math.min(2, w.size()))) + " … "
                    + String.join(" ", w.subList(Math.max(0, w.size() - 2), w.size())));
        }
        return out;
    }
}
