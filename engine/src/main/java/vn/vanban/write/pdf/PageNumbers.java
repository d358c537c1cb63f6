package vn.vanban.write.pdf;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.vanban.layout.text.RunStyle;
import vn.vanban.layout.Inline;
import vn.vanban.layout.PageSection.Orientation;
import vn.vanban.layout.Role;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.profile.TextStyle;

/**
 * The page number: Arabic, PAGE_NUMBER style, centred between the side margins in a line whose top is
 * headerDistance below the top edge; never on a page numbered 1 (ND30: not on the first page, and an
 * appendix restarting at 1 hides it too).
 */
final class PageNumbers {
    private static final int FIRST_PAGE = 1;
    /** Numbers up to this are set once per writer and kept; a longer document's later ones are set each time. */
    private static final int KEPT = 999;

    private final Nd30Profile profile;
    private final ParagraphSetter setter;
    /**
     * Every page of every document asks for its number, which depends only on the profile, the fonts,
     * the orientation and the number: set once (a whole paragraph setting per page before).
     */
    private final Map<Orientation, Map<Integer, List<Mark>>> kept = new EnumMap<>(Orientation.class);

    /** {@code setter}: without revisions, since a page number is never a change. Thread-safe. */
    PageNumbers(Nd30Profile profile, ParagraphSetter setter) {
        this.profile = profile;
        this.setter = setter;
        for (Orientation o : Orientation.values()) {
            kept.put(o, new ConcurrentHashMap<>());
        }
    }

    /** Whether a page numbered {@code number} shows its number. */
    static boolean shown(int number) {
        return number > FIRST_PAGE;
    }

    List<Mark> marks(Orientation orientation, int number) {
        if (!shown(number)) {
            return List.of();
        }
        if (number > KEPT) {
            return set(orientation, number);
        }
        return kept.get(orientation).computeIfAbsent(number, n -> set(orientation, n));
    }

    private List<Mark> set(Orientation orientation, int number) {
        TextStyle style = profile.style(Role.PAGE_NUMBER);
        TextSetter.Frame frame = new TextSetter.Frame(Units.textWidth(profile, orientation), 0,
                Units.pt(style.firstLineIndent()), style.align(), Units.pt(style.lineHeight()),
                RunStyle.of(style.bold(), style.italic(), Units.pt(style.size())));
        double left = Units.pt(profile.margins(orientation).left());
        double top = Units.pt(profile.headerDistance());
        return setter.set(List.of(Inline.Span.plain(Integer.toString(number))), frame, ref -> {
                    throw new IllegalStateException("no footnotes in page numbers");
                }).stream()
                .flatMap(l -> l.marks().stream())
                .map(m -> m.shifted(left, top))
                .toList();
    }
}
