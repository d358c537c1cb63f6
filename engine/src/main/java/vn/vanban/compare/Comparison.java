package vn.vanban.compare;

import java.util.List;

import vn.vanban.layout.Revisions;
import vn.vanban.render.Engine;
import vn.vanban.render.Formats;

/**
 * Two renderings of a document compared: the redline (as DOCX with Word's tracked changes and as a
 * marked PDF) and the summary of what changed. Everything but reading the versions, which is the
 * command's job (files or Git).
 */
public record Comparison(LayoutDiff.Redline redline, List<ChangeSummary.Entry> summary, byte[] docx, byte[] pdf) {

    public static Comparison of(Engine.WithSources older, Engine.WithSources newer, Revisions.Author author,
                                Formats formats) {
        LayoutDiff.Redline redline = LayoutDiff.diff(older.rendered().layout(), newer.rendered().layout(), author);
        List<ChangeSummary.Entry> summary = ChangeSummary.of(older, newer);
        byte[] docx = formats.writer("docx").write(redline.document(), redline.revisions());
        byte[] pdf = formats.writer("pdf").write(redline.document(), redline.revisions());
        return new Comparison(redline, summary, docx, pdf);
    }
}
