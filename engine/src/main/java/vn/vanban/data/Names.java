package vn.vanban.data;

import java.util.Collection;

/** The closest known figure name to a misspelt one, for "did you mean" in messages. */
final class Names {
    private Names() {
    }

    /** The closest candidate, or null when there is none at all. */
    static String closest(String key, Collection<String> candidates) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = vn.vanban.format.Text.editDistance(key, c);
            if (d < bestD || d == bestD && best != null && c.compareTo(best) < 0) {
                bestD = d;
                best = c;
            }
        }
        return best;
    }

    /** The closest candidate when it is close enough to suggest ({@code Text.closeEnough}), else null. */
    static String closeOrNull(String key, Collection<String> candidates) {
        String best = closest(key, candidates);
        return best != null && vn.vanban.format.Text.closeEnough(vn.vanban.format.Text.editDistance(key, best), best)
                ? best : null;
    }

}
