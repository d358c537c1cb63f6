package vn.vanban.check.docx;

import java.util.List;

/**
 * One ND30 rule checked on one place of a DOCX: met when it has no problems. Rule names and problems
 * are message keys, so the same result prints in Vietnamese or English.
 *
 * @param rule     message key of the rule's name ({@code check.rule.quoc-hieu})
 * @param place    where it was checked
 * @param problems what is wrong there; empty when the rule is met
 */
public record RuleResult(String rule, Place place, List<Problem> problems) {
    public RuleResult {
        problems = List.copyOf(problems);
    }

    public boolean met() {
        return problems.isEmpty();
    }

    /** Section number (1-based; 0 for the whole document) and an excerpt of the paragraph, if any. */
    public record Place(int section, String excerpt) {
        public static final Place DOCUMENT = new Place(0, null);
    }

    /** A message key and its arguments. */
    public record Problem(String key, List<Object> args) {
        public static Problem of(String key, Object... args) {
            return new Problem(key, List.of(args));
        }
    }
}
