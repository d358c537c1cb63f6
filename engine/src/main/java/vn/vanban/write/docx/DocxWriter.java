package vn.vanban.write.docx;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.io3.Save;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.DocPropsCorePart;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FootnotesPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.wml.Body;
import org.docx4j.wml.CTCompat;
import org.docx4j.wml.CTCompatSetting;
import org.docx4j.wml.CTFtnDocProps;
import org.docx4j.wml.CTFtnEdnSepRef;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.Document;
import org.docx4j.wml.ObjectFactory;

import vn.vanban.fonts.FontSet;
import vn.vanban.layout.text.TextMetrics;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.Revisions;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.write.DocumentWriter;

/**
 * Writes the layout model as a DOCX a clerk can keep editing: real styles, real footnotes, a PAGE
 * field, tables Word can resize. Every measurement comes from the profile.
 *
 * <p>Thread-safe: the writer holds only immutable configuration; each {@link #write} builds its own
 * package. The same document always gives the same bytes (see {@link ZipNormaliser}).
 */
public final class DocxWriter implements DocumentWriter {
    /** Word 2013+ layout rules (no legacy compatibility quirks). */
    private static final String COMPATIBILITY_MODE = "15";
    private static final String WORD_URI = "http://schemas.microsoft.com/office/word";
    /** Zip timestamp for undated drafts; DOS time starts in 1980. */
    private static final LocalDateTime UNDATED = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final int FIRST_DOS_YEAR = 1980;
    private static final int LAST_DOS_YEAR = 2107;

    private final Nd30Profile profile;
    private final FontSet fonts;
    /**
     * The marshalled bytes of the parts that depend only on the profile (styles, page-number headers,
     * settings with or without footnotes): marshalling them was a third of the DOCX time of a 10-page plan.
     */
    private final ConcurrentMap<String, byte[]> constantParts = new ConcurrentHashMap<>();

    public DocxWriter(Nd30Profile profile, FontSet fonts) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    @Override
    public String extension() {
        return "docx";
    }

    /** Loads docx4j's JAXB context (about a second cold), the slowest part of a first DOCX. */
    @Override
    public void prepare() {
        Docx4jRuntime.wml();
    }

    @Override
    public byte[] write(LayoutDocument document) {
        return write(document, Revisions.NONE);
    }

    /** The document with its revisions as Word tracked changes; {@link Revisions#NONE} gives {@link #write(LayoutDocument)}. */
    @Override
    public byte[] write(LayoutDocument document, Revisions revisions) {
        try {
            Map<Part, String> constant = new IdentityHashMap<>();
            WordprocessingMLPackage pkg = build(document, revisions, constant);
            PartCollector parts = new PartCollector(constant, constantParts);
            new Save(pkg, parts).save(null);
            int size = 0;
            for (byte[] b : parts.entries().values()) {
                size += b.length;
            }
            return ZipNormaliser.write(parts.entries(), timestamp(document.date()), size / 4);
        } catch (Docx4JException e) {
            throw new IllegalStateException("cannot write DOCX: " + e.getMessage(), e);
        }
    }

    /**
     * docx4j's own zip, then {@link ZipNormaliser#normalise}: how this writer worked before
     * {@link PartCollector}, kept as the reference its test compares the bytes with.
     */
    byte[] writeThroughDocx4jZip(LayoutDocument document) throws Docx4JException {
        WordprocessingMLPackage pkg = build(document, Revisions.NONE, new IdentityHashMap<>());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        pkg.save(out);
        return ZipNormaliser.normalise(out.toByteArray(), timestamp(document.date()));
    }

    /**
     * @param constant filled with the parts that are the same in every document this writer makes, each
     *                 with its key in {@link #constantParts}
     */
    private WordprocessingMLPackage build(LayoutDocument document, Revisions revisions, Map<Part, String> constant)
            throws Docx4JException {
        ObjectFactory f = Docx4jRuntime.wml();
        WordprocessingMLPackage pkg = new WordprocessingMLPackage();
        MainDocumentPart main = new BufferedMainDocumentPart();
        pkg.addTargetPart(main);
        Document doc = f.createDocument();
        Body body = f.createBody();
        doc.setBody(body);
        main.setJaxbElement(doc);

        StyleDefinitionsPart styles = new StyleDefinitionsPart();
        styles.setJaxbElement(new StyleSheetBuilder(profile).build());
        main.addTargetPart(styles);
        constant.put(styles, "styles");

        Footnotes footnotes = new Footnotes();
        ParagraphWriter paragraphs = new ParagraphWriter(profile, footnotes,
                revisions.isEmpty() ? TrackChanges.NONE : new TrackChanges(revisions));
        PageNumberHeaders headers = PageNumberHeaders.addTo(main, paragraphs);
        headers.parts().forEach(h -> constant.put(h, "header " + h.getPartName().getName()));
        new BodyWriter(profile, paragraphs, new LineWriter(profile, TextMetrics.of(fonts), paragraphs),
                new TableBuilder(profile, paragraphs, TextMetrics.of(fonts)), new SectionBuilder(profile), headers)
                .write(document, body);

        if (!footnotes.isEmpty()) {
            FootnotesPart notes = new FootnotesPart();
            notes.setJaxbElement(footnotes.content());
            main.addTargetPart(notes);
        }
        DocumentSettingsPart settings = new DocumentSettingsPart();
        settings.setJaxbElement(settings(!footnotes.isEmpty()));
        main.addTargetPart(settings);
        constant.put(settings, "settings " + !footnotes.isEmpty());

        DocPropsCorePart core = new DocPropsCorePart();
        core.setJaxbElement(CorePropertiesBuilder.build(document));
        pkg.addTargetPart(core);
        return pkg;
    }

    private static CTSettings settings(boolean footnotes) {
        ObjectFactory f = Docx4jRuntime.wml();
        CTSettings s = f.createCTSettings();
        if (footnotes) {
            // Word expects the separator notes to be named here.
            CTFtnDocProps props = f.createCTFtnDocProps();
            props.getFootnote().add(sepRef(Footnotes.SEPARATOR_ID));
            props.getFootnote().add(sepRef(Footnotes.CONTINUATION_ID));
            s.setFootnotePr(props);
        }
        CTCompat compat = f.createCTCompat();
        CTCompatSetting mode = f.createCTCompatSetting();
        mode.setName("compatibilityMode");
        mode.setUri(WORD_URI);
        mode.setVal(COMPATIBILITY_MODE);
        compat.getCompatSetting().add(mode);
        s.setCompat(compat);
        return s;
    }

    private static CTFtnEdnSepRef sepRef(BigInteger id) {
        CTFtnEdnSepRef r = Docx4jRuntime.wml().createCTFtnEdnSepRef();
        r.setId(id);
        return r;
    }

    /** The document's own date (never the clock), within what a zip entry can store. */
    static LocalDateTime timestamp(LocalDate date) {
        if (date == null || date.getYear() < FIRST_DOS_YEAR || date.getYear() > LAST_DOS_YEAR) {
            return UNDATED;
        }
        return date.atStartOfDay();
    }
}
