package vn.vanban.layout;

import java.util.List;

/**
 * A run of pages with one orientation. A new section starts on a new page; page numbering
 * continues across sections unless {@code restartNumbering}.
 */
public record PageSection(Orientation orientation, boolean restartNumbering, List<Block> blocks) {
    public PageSection {
        blocks = List.copyOf(blocks);
    }

    public enum Orientation { PORTRAIT, LANDSCAPE }
}
