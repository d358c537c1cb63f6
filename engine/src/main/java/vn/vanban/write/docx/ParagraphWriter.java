package vn.vanban.write.docx;

import java.util.ArrayList;
import java.util.List;

import org.docx4j.wml.Br;
import org.docx4j.wml.CTFtnEdnRef;
import org.docx4j.wml.CTVerticalAlignRun;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.RStyle;
import org.docx4j.wml.STVerticalAlignRun;
import org.docx4j.wml.Text;

import vn.vanban.layout.Inline;
import vn.vanban.layout.Revisions;
import vn.vanban.layout.Role;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.profile.TextStyle;

/**
 * Makes styled paragraphs and their runs from inlines. Runs carry bold/italic only where they differ
 * from the paragraph's style, so restyling a role in Word still reaches its text. Footnote references
 * become real DOCX footnotes. One instance per document (it owns the document's footnotes).
 */
final class ParagraphWriter {
    /** Extra emphasis a container adds to its text (a bold table row, a bold cell). */
    record Emphasis(boolean bold, boolean italic) {
        static final Emphasis NONE = new Emphasis(false, false);
    }

    private final Nd30Profile profile;
    private final Footnotes footnotes;
    private final TrackChanges track;

    ParagraphWriter(Nd30Profile profile, Footnotes footnotes) {
        this(profile, footnotes, TrackChanges.NONE);
    }

    ParagraphWriter(Nd30Profile profile, Footnotes footnotes, TrackChanges track) {
        this.profile = profile;
        this.footnotes = footnotes;
        this.track = track;
    }

    /** The document's tracked changes (none outside a redline). */
    TrackChanges track() {
        return track;
    }

    P paragraph(Role role, List<Inline> content) {
        return paragraph(role, content, Emphasis.NONE);
    }

    P paragraph(Role role, List<Inline> content, Emphasis emphasis) {
        return paragraph(role, content, emphasis, null);
    }

    /** A paragraph inserted or deleted as a whole when {@code change} says so (its mark and its runs). */
    P paragraph(Role role, List<Inline> content, Emphasis emphasis, Revisions.Change change) {
        P p = empty(role);
        p.getContent().addAll(runs(content, profile.style(role), emphasis, true, change));
        track.paragraphMark(p, change);
        return p;
    }

    /** An empty paragraph of the role's style. */
    P empty(Role role) {
        ObjectFactory f = Docx4jRuntime.wml();
        P p = f.createP();
        PPr ppr = f.createPPr();
        PPrBase.PStyle ps = f.createPPrBasePStyle();
        ps.setVal(StyleIds.of(role));
        ppr.setPStyle(ps);
        p.setPPr(ppr);
        return p;
    }

    private List<Object> runs(List<Inline> content, TextStyle style, Emphasis emphasis, boolean allowNotes,
                              Revisions.Change inherited) {
        List<Object> runs = new ArrayList<>();
        for (Inline inline : content) {
            Revisions.Change change = track.of(inline, inherited);
            switch (inline) {
                case Inline.Span s -> {
                    if (!s.text().isEmpty()) {
                        runs.add(track.run(textRun(s, style, emphasis), change,
                                style.bold() || emphasis.bold(), style.italic() || emphasis.italic()));
                    }
                }
                case Inline.LineBreak b -> {
                    R r = Docx4jRuntime.wml().createR();
                    Br br = Docx4jRuntime.wml().createBr();
                    r.getContent().add(br);
                    runs.add(track.run(r, change, false, false));
                }
                case Inline.FootnoteRef n -> {
                    // A note inside a note has no place in DOCX; its text is already in the outer note.
                    if (allowNotes) {
                        runs.add(track.run(footnoteReference(n, change), change, false, false));
                    }
                }
            }
        }
        return runs;
    }

    private R textRun(Inline.Span s, TextStyle style, Emphasis emphasis) {
        ObjectFactory f = Docx4jRuntime.wml();
        R r = f.createR();
        boolean bold = s.bold() || emphasis.bold();
        boolean italic = s.italic() || emphasis.italic();
        if ((bold && !style.bold()) || (italic && !style.italic()) || s.superscript()) {
            RPr rpr = f.createRPr();
            if (bold && !style.bold()) {
                rpr.setB(Ooxml.on());
                rpr.setBCs(Ooxml.on());
            }
            if (italic && !style.italic()) {
                rpr.setI(Ooxml.on());
                rpr.setICs(Ooxml.on());
            }
            if (s.superscript()) {
                rpr.setVertAlign(superscript());
            }
            r.setRPr(rpr);
        }
        r.getContent().add(f.createRT(text(s.text())));
        return r;
    }

    private R footnoteReference(Inline.FootnoteRef note, Revisions.Change change) {
        ObjectFactory f = Docx4jRuntime.wml();
        // The note: its own number mark, a space, then the text, in the footnote text style.
        P p = empty(Role.FOOTNOTE);
        R mark = referenceStyled();
        mark.getContent().add(f.createRFootnoteRef(f.createRFootnoteRef()));
        p.getContent().add(mark);
        R space = f.createR();
        space.getContent().add(f.createRT(text(" ")));
        p.getContent().add(space);
        p.getContent().addAll(runs(note.note(), profile.style(Role.FOOTNOTE), Emphasis.NONE, false,
                change == null || change.kind() == Revisions.Kind.FORMATTED ? null : change));

        R ref = referenceStyled();
        CTFtnEdnRef link = f.createCTFtnEdnRef();
        link.setId(footnotes.add(p));
        ref.getContent().add(f.createRFootnoteReference(link));
        return ref;
    }

    private static R referenceStyled() {
        ObjectFactory f = Docx4jRuntime.wml();
        R r = f.createR();
        RPr rpr = f.createRPr();
        RStyle rs = f.createRStyle();
        rs.setVal(StyleIds.FOOTNOTE_REFERENCE);
        rpr.setRStyle(rs);
        // Direct superscript as well, for readers that ignore character styles.
        rpr.setVertAlign(superscript());
        r.setRPr(rpr);
        return r;
    }

    private static CTVerticalAlignRun superscript() {
        CTVerticalAlignRun va = Docx4jRuntime.wml().createCTVerticalAlignRun();
        va.setVal(STVerticalAlignRun.SUPERSCRIPT);
        return va;
    }

    private static Text text(String value) {
        Text t = Docx4jRuntime.wml().createText();
        t.setValue(value);
        t.setSpace("preserve");
        return t;
    }
}
