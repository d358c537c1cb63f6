package vn.vanban.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.vanban.diag.Loc;

/**
 * A YAML value with the place it came from. The content reader works on these, never on plain
 * Java maps, so every message can say file:line:col.
 */
public sealed interface YNode permits YNode.YMap, YNode.YSeq, YNode.YScalar {
    Loc loc();

    /** Short type name for messages. */
    String kindKey();

    /** A mapping; keys keep their own place for "unknown key" messages. */
    record YMap(Loc loc, Map<String, Entry> entries) implements YNode {
        public YMap {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public YNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        public boolean has(String key) {
            return entries.containsKey(key);
        }

        @Override
        public String kindKey() {
            return "kind.map";
        }
    }

    record Entry(String key, Loc keyLoc, YNode value) {
    }

    record YSeq(Loc loc, List<YNode> items) implements YNode {
        public YSeq {
            items = List.copyOf(items);
        }

        @Override
        public String kindKey() {
            return "kind.list";
        }
    }

    /**
     * A scalar as typed (NFC-normalised). {@code plain} is false for quoted and block scalars, so
     * {@code so: "05"} stays text while {@code so: 5} may be read as a number. {@code isNull} for
     * an empty value or {@code ~}.
     */
    record YScalar(Loc loc, String value, boolean plain, boolean isNull) implements YNode {
        @Override
        public String kindKey() {
            return isNull ? "kind.null" : "kind.scalar";
        }
    }
}
