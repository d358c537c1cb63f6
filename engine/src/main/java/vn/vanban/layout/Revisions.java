package vn.vanban.layout;

import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Tracked changes laid over a layout model (a redline): which inlines, paragraphs, list items, lines,
 * table rows and spacers were inserted or deleted, and which spans changed only their bold/italic.
 * Marks are kept by object identity beside the model, so the layout records stay as they are and a
 * writer given {@link #NONE} writes exactly what it writes without revisions.
 */
public final class Revisions {
    public enum Kind { INSERTED, DELETED, FORMATTED }

    /** A mark; for {@link Kind#FORMATTED} the span's bold and italic before the change. */
    public record Change(Kind kind, boolean oldBold, boolean oldItalic) {
        public static final Change INSERTED = new Change(Kind.INSERTED, false, false);
        public static final Change DELETED = new Change(Kind.DELETED, false, false);

        public static Change formatted(boolean oldBold, boolean oldItalic) {
            return new Change(Kind.FORMATTED, oldBold, oldItalic);
        }
    }

    /** Who made the changes and when, as Word's Review pane shows them. */
    public record Author(String name, Instant date) {
        public Author {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(date, "date");
        }
    }

    public static final Revisions NONE = new Revisions(new IdentityHashMap<>(), new Author("vanban", Instant.EPOCH));

    private final Map<Object, Change> marks;
    private final Author author;

    private Revisions(Map<Object, Change> marks, Author author) {
        this.marks = marks;
        this.author = author;
    }

    /** The mark on a layout object (an inline, paragraph, list item, line, row, spacer), or null. */
    public Change of(Object layoutObject) {
        return marks.isEmpty() ? null : marks.get(layoutObject);
    }

    public boolean isEmpty() {
        return marks.isEmpty();
    }

    public int size() {
        return marks.size();
    }

    public Author author() {
        return author;
    }

    /** Collects marks for one redline; the objects must be the very instances placed in the model. */
    public static final class Builder {
        private final Map<Object, Change> marks = new IdentityHashMap<>();

        public <T> T mark(T layoutObject, Change change) {
            if (change != null) {
                marks.put(layoutObject, change);
            }
            return layoutObject;
        }

        public Revisions build(Author author) {
            return new Revisions(new IdentityHashMap<>(marks), author);
        }
    }
}
