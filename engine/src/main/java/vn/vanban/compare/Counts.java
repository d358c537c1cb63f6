package vn.vanban.compare;

import vn.vanban.layout.Revisions;

/** How many insertions, deletions and formatting changes a redline holds, as a reviewer counts them. */
final class Counts {
    int insertions;
    int deletions;
    int formatting;

    void add(Revisions.Change c) {
        switch (c.kind()) {
            case INSERTED -> insertions++;
            case DELETED -> deletions++;
            case FORMATTED -> formatting++;
        }
    }
}
