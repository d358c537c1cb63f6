package vn.vanban.compare;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

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
        // The DOCX on a second thread while the PDF is written here, as `vanban render FILE` does.
        CompletableFuture<byte[]> docx = CompletableFuture.supplyAsync(
                () -> formats.writer("docx").write(redline.document(), redline.revisions()));
        List<ChangeSummary.Entry> summary = ChangeSummary.of(older, newer);
        byte[] pdf = formats.writer("pdf").write(redline.document(), redline.revisions());
        return new Comparison(redline, summary, join(docx), pdf);
    }

    /** Both versions read and laid out side by side; a version's errors come out as its own exception. */
    public static Engine.WithSources[] renderBoth(Supplier<Engine.WithSources> older, Supplier<Engine.WithSources> newer) {
        CompletableFuture<Engine.WithSources> o = CompletableFuture.supplyAsync(older);
        Engine.WithSources n = newer.get();
        return new Engine.WithSources[] {join(o), n};
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
