package vn.vanban.check;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import vn.vanban.content.Appendix;
import vn.vanban.content.Document;
import vn.vanban.format.PartialDate;
import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;
import vn.vanban.load.YNode;

/**
 * Checks beyond what the reader and the schema can: things that are well-formed but probably
 * wrong (a date years away, a deputy signing as head, a fill-in mark left in, a footnote never
 * cited). Everything here is a warning: the clerk may know better.
 */
public final class ContentLinter {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String DEPUTY = "PHÓ";
    private final LocalDate today;

    /** {@code today} is given rather than read from the clock so tests stay true next year. */
    public ContentLinter(LocalDate today) {
        this.today = today;
    }

    /**
     * {@code root} is the YAML tree {@code doc} was read from: the model itself has no places for
     * header keys. {@code doc} may be null (the reader could not make one, e.g. an unknown type); the
     * checks on the tree alone still run.
     */
    public void lint(Document doc, YNode root, Diagnostics diags) {
        Placeholders.find(root, diags);
        Capitals.check(root, diags);
        Weekdays.check(root, diags);
        if (doc == null || !(root instanceof YNode.YMap top)) {
            return;
        }
        date(doc.header().date(), top.get("ngay"), diags);
        signer(doc, top.get("ky"), diags);
        emptyAppendices(doc, diags);
        unusedNotes(doc, top.get("chu-thich"), diags);
    }

    private void date(PartialDate date, YNode node, Diagnostics diags) {
        if (date == null || !(node instanceof YNode.YScalar s)) {
            return;
        }
        String written = s.value().trim();
        if (date.year() < 2000) {
            diags.warning(s.loc(), "lint.date.old", written);
        } else if (date.floor().isAfter(today.plusYears(1))) {
            diags.warning(s.loc(), "lint.date.future", written, today.toString());
        }
    }

    /** ND30: KT. is signed by a deputy (PHÓ ...); TM. alone by the head of the body. */
    private void signer(Document doc, YNode node, Diagnostics diags) {
        if (!(node instanceof YNode.YMap ky) || doc.signature().title().isBlank()) {
            return;
        }
        String title = doc.signature().title();
        String upper = title.toUpperCase(VI);
        Loc where = ky.entries().containsKey("chuc-vu") ? ky.get("chuc-vu").loc() : ky.loc();
        boolean deputy = upper.startsWith(DEPUTY + " ");
        if (ky.has("ky-thay") && !deputy) {
            diags.warning(where, "lint.signer.deputy", title);
        } else if (ky.has("thay-mat") && !ky.has("ky-thay") && deputy) {
            diags.warning(where, "lint.signer.head", title, upper.substring(DEPUTY.length()).trim());
        }
    }

    private void emptyAppendices(Document doc, Diagnostics diags) {
        for (Appendix a : doc.appendices()) {
            // An outline is a form to fill in: empty is its point. A statistics or targets table is content.
            if (!a.outline() && a.body().isEmpty() && !a.hasStatistics() && !a.hasTargets()) {
                diags.warning(a.loc(), "lint.appendix.empty", a.title().plain());
            }
        }
    }

    private void unusedNotes(Document doc, YNode node, Diagnostics diags) {
        if (!(node instanceof YNode.YMap notes)) {
            return;
        }
        Set<String> used = NotesUsed.in(doc);
        for (YNode.Entry e : notes.entries().values()) {
            if (!used.contains(e.key())) {
                diags.warning(e.keyLoc(), "lint.note.unused", e.key());
            }
        }
    }
}
