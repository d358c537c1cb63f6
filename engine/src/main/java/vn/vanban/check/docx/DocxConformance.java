package vn.vanban.check.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

import vn.vanban.diag.ContentException;
import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Loc;

/**
 * ND30 conformance of any DOCX, ours or anyone's: page setup, font, the header block, the type name,
 * Nơi nhận and the signer, page numbers; each rule reported met or not, with where.
 */
public final class DocxConformance {
    private DocxConformance() {
    }

    /** Every rule's result, in reading order; a file that is not a DOCX is a {@link ContentException}. */
    public static List<RuleResult> check(Path file) {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            return check(doc);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ContentException ce) {
                throw ce;
            }
            throw new ContentException(Diagnostic.error(Loc.of(file), "check.not-docx"));
        }
    }

    public static List<RuleResult> check(XWPFDocument doc) {
        DocxView v = new DocxView(doc);
        List<RuleResult> out = new ArrayList<>(new PageSetupRule().check(v));
        out.add(new FontRule().check(v));
        out.addAll(new HeaderRules().check(v));
        out.add(new TitleRule().check(v));
        out.addAll(new TypeRules().check(v));
        out.addAll(new SignatureRules().check(v));
        out.add(new PageNumberRule().check(v));
        return out;
    }
}
