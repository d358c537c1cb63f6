package vn.vanban.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.vanban.content.Appendix;
import vn.vanban.content.ContentBlock;
import vn.vanban.content.Document;
import vn.vanban.content.RichText;
import vn.vanban.content.Signature;
import vn.vanban.data.Figure;
import vn.vanban.data.FigureDef;
import vn.vanban.data.ReportData;
import vn.vanban.data.Target;
import vn.vanban.data.Targets;
import vn.vanban.diag.Diagnostics;
import vn.vanban.diag.Loc;
import vn.vanban.load.YNode;
import vn.vanban.render.Engine;

/**
 * What changed between two versions, in a clerk's terms, from their typed content (not their text):
 * sections, clauses and tasks added, removed, moved or retitled with their numbers old → new; a task's
 * lead, partners and deadline; paragraphs edited inside an item; figures of the period's data file and
 * an appendix's targets (with their unit); the subject, recipients and signer. Each entry points at
 * where to look in the new version (its YAML, or the data file for a figure); a removed thing at the
 * place it was taken from.
 */
public final class ChangeSummary {
    /** One line of the summary: a message key under {@code tom-tat.}, its arguments, where. */
    public record Entry(String key, List<Object> args, Loc loc) {
        public Entry {
            args = List.copyOf(args);
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    /** Where an entry without a place of its own points: the new version's file. */
    private final Loc top;

    private ChangeSummary(Loc top) {
        this.top = top;
    }

    public static List<Entry> of(Engine.WithSources older, Engine.WithSources newer) {
        Document a = older.rendered().document();
        Document b = newer.rendered().document();
        Loc top = Loc.of(b.source());
        ChangeSummary s = new ChangeSummary(top);
        s.subject(a, b, newer.root(), top);
        s.unnumbered(a, b, newer.root(), top);
        s.items(a, b, top);
        s.figures(older.data(), newer.data());
        s.targets(older.root(), newer.root(), top);
        s.recipients(a.recipients(), b.recipients(), newer.root(), top);
        s.signer(a.signature(), b.signature(), newer.root(), top);
        return List.copyOf(s.entries);
    }

    private void add(String key, Loc loc, Object... args) {
        // A figure summed from several units' files has no one place: point at the document.
        entries.add(new Entry(key, java.util.Arrays.asList(args), loc == null || loc.file() == null ? top : loc));
    }

    // ---- subject

    private void subject(Document a, Document b, YNode root, Loc top) {
        String x = String.join(" ", a.subject());
        String y = String.join(" ", b.subject());
        if (!x.equals(y)) {
            add("subject", locOf(root, "trich-yeu", top), x, y);
        }
    }

    // ---- text outside numbered items

    /** The opening, the paragraphs directly under the body and the closing, when their text changed. */
    private void unnumbered(Document a, Document b, YNode root, Loc top) {
        if (!paragraphs(a.opening()).equals(paragraphs(b.opening()))
                || !a.bases().stream().map(ChangeSummary::full).toList()
                        .equals(b.bases().stream().map(ChangeSummary::full).toList())) {
            add("opening", locOf(root, "mo-dau", locOf(root, "can-cu", top)));
        }
        if (!paragraphs(a.body()).equals(paragraphs(b.body()))) {
            add("body-text", locOf(root, "noi-dung", top));
        }
        String c0 = a.closing() == null ? "" : full(a.closing());
        String c1 = b.closing() == null ? "" : full(b.closing());
        if (!c0.equals(c1)) {
            add("closing", locOf(root, "ket-thuc", top));
        }
    }

    // ---- numbered items

    /** A section, clause or task with its parent, in reading order. */
    private record Item(ContentBlock.Numbered block, Item parent, int order) {
        String title() {
            return block.text().plain().strip();
        }

        /** The title as a summary line quotes it: a long task title cut at a word, with "…". */
        String shortTitle() {
            return shorten(title());
        }

        String label() {
            return block.label().strip();
        }
    }

    private static List<Item> items(Document d) {
        List<Item> out = new ArrayList<>();
        collect(d.opening(), null, out);
        collect(d.body(), null, out);
        for (Appendix ap : d.appendices()) {
            collect(ap.body(), null, out);
        }
        return out;
    }

    private static void collect(List<ContentBlock> blocks, Item parent, List<Item> out) {
        for (ContentBlock c : blocks) {
            switch (c) {
                case ContentBlock.Numbered n -> {
                    Item it = new Item(n, parent, out.size());
                    out.add(it);
                    collect(n.body(), it, out);
                }
                case ContentBlock.Points p -> p.items().forEach(i -> collect(i.body(), parent, out));
                case ContentBlock.Bullets p -> p.items().forEach(i -> collect(i.body(), parent, out));
                default -> {
                }
            }
        }
    }

    private void items(Document a, Document b, Loc top) {
        List<Item> olds = items(a);
        List<Item> news = items(b);
        Map<Item, Item> pairs = new IdentityHashMap<>(); // new → old
        Set<Item> usedOld = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        // 1. the same id; 2. the same kind and title; 3. the same kind with most words in common.
        Map<String, Item> byId = new HashMap<>();
        olds.stream().filter(i -> i.block().id() != null).forEach(i -> byId.putIfAbsent(i.block().type() + "#" + i.block().id(), i));
        for (Item n : news) {
            Item o = n.block().id() == null ? null : byId.get(n.block().type() + "#" + n.block().id());
            if (o != null && usedOld.add(o)) {
                pairs.put(n, o);
            }
        }
        Map<String, List<Item>> byTitle = new LinkedHashMap<>();
        olds.stream().filter(i -> !usedOld.contains(i))
                .forEach(i -> byTitle.computeIfAbsent(i.block().type() + ":" + i.title(), k -> new ArrayList<>()).add(i));
        for (Item n : news) {
            if (pairs.containsKey(n)) {
                continue;
            }
            List<Item> same = byTitle.get(n.block().type() + ":" + n.title());
            if (same != null && !same.isEmpty()) {
                Item o = same.remove(0);
                usedOld.add(o);
                pairs.put(n, o);
            }
        }
        Set<Item> retitled = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Item n : news) {
            if (pairs.containsKey(n)) {
                continue;
            }
            Item best = null;
            double bestSim = 0.5;
            for (Item o : olds) {
                if (usedOld.contains(o) || !o.block().type().equals(n.block().type())) {
                    continue;
                }
                double sim = WordDiff.similarity(WordDiff.words(o.title()), WordDiff.words(n.title()));
                boolean sameNumber = o.label().equals(n.label()) && o.block().depth() == n.block().depth();
                if (sim >= bestSim || (best == null && sameNumber && hasSameBody(o, n))) {
                    best = o;
                    bestSim = Math.max(sim, bestSim);
                }
            }
            if (best != null) {
                usedOld.add(best);
                pairs.put(n, best);
                retitled.add(n);
            }
        }
        // Moved: a parent that is not the old parent's counterpart, or out of order among the kept.
        Map<Item, Item> oldToNew = new IdentityHashMap<>();
        pairs.forEach((n, o) -> oldToNew.put(o, n));
        Set<Item> outOfOrder = outOfOrder(news, pairs);

        // Removed first, each at the place in the new version where it stood (before the next item kept,
        // else at the end of its parent); then, in the new order, what is new or changed.
        for (Item o : olds) {
            if (!usedOld.contains(o)) {
                add("removed", whereRemoved(o, olds, oldToNew, top), kind(o), o.label(), o.shortTitle());
            }
        }
        for (Item n : news) {
            Item o = pairs.get(n);
            if (o == null) {
                add("added", n.block().loc(), kind(n), n.label(), n.shortTitle());
                continue;
            }
            Loc loc = n.block().loc();
            boolean parentMoved = !Objects.equals(n.parent(), o.parent() == null ? null : oldToNew.get(o.parent()));
            if (parentMoved || outOfOrder.contains(n)) {
                add("moved", loc, kind(n), n.shortTitle(), o.label(), n.label());
            }
            if (retitled.contains(n)) {
                add("retitled", loc, kind(n), o.label(), n.label(), o.shortTitle(), n.shortTitle());
            }
            duty(o, n, loc);
            if (!paragraphs(o.block().body()).equals(paragraphs(n.block().body()))) {
                add("text", loc, kind(n), n.label(), n.shortTitle());
            }
        }
    }

    private static Loc whereRemoved(Item o, List<Item> olds, Map<Item, Item> oldToNew, Loc top) {
        for (int i = o.order() + 1; i < olds.size(); i++) {
            Item next = oldToNew.get(olds.get(i));
            if (next != null) {
                return next.block().loc();
            }
        }
        for (Item p = o.parent(); p != null; p = p.parent()) {
            if (oldToNew.get(p) != null) {
                return oldToNew.get(p).block().loc();
            }
        }
        return top;
    }

    private static boolean hasSameBody(Item o, Item n) {
        return paragraphs(o.block().body()).equals(paragraphs(n.block().body()));
    }

    /** New items whose order among the kept items changed (outside a longest run kept in order). */
    private static Set<Item> outOfOrder(List<Item> news, Map<Item, Item> pairs) {
        List<Item> kept = news.stream().filter(pairs::containsKey).toList();
        int n = kept.size();
        int[] len = new int[n];
        int[] prev = new int[n];
        int bestEnd = -1;
        for (int i = 0; i < n; i++) {
            len[i] = 1;
            prev[i] = -1;
            for (int j = 0; j < i; j++) {
                if (pairs.get(kept.get(j)).order() < pairs.get(kept.get(i)).order() && len[j] + 1 > len[i]) {
                    len[i] = len[j] + 1;
                    prev[i] = j;
                }
            }
            if (bestEnd < 0 || len[i] > len[bestEnd]) {
                bestEnd = i;
            }
        }
        Set<Item> inOrder = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = bestEnd; i >= 0; i = prev[i]) {
            inOrder.add(kept.get(i));
        }
        Set<Item> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        kept.stream().filter(k -> !inOrder.contains(k)).forEach(out::add);
        return out;
    }

    /** The item's own text below its title (paragraphs, points, bullets), not its sub-items. */
    private static List<String> paragraphs(List<ContentBlock> body) {
        List<String> out = new ArrayList<>();
        for (ContentBlock c : body) {
            switch (c) {
                case ContentBlock.Para p -> out.add(full(p.text()));
                case ContentBlock.Points p -> p.items().forEach(i -> {
                    out.add(full(i.text()));
                    out.addAll(paragraphs(i.body()));
                });
                case ContentBlock.Bullets p -> p.items().forEach(i -> {
                    out.add(full(i.text()));
                    out.addAll(paragraphs(i.body()));
                });
                default -> {
                }
            }
        }
        return out;
    }

    /** Text with its footnotes, so an edited footnote counts as an edit. */
    private static String full(RichText t) {
        StringBuilder sb = new StringBuilder();
        for (RichText.Part p : t.parts()) {
            switch (p) {
                case RichText.Text x -> sb.append(x.text());
                case RichText.Note note -> sb.append("[^").append(full(note.text())).append(']');
                case RichText.Ref r -> sb.append(r.text());
            }
        }
        return sb.toString();
    }

    private void duty(Item o, Item n, Loc loc) {
        ContentBlock.Duty x = o.block().duty();
        ContentBlock.Duty y = n.block().duty();
        if (x == null && y == null) {
            return;
        }
        String lead0 = x == null ? "" : x.leadText().plain();
        String lead1 = y == null ? "" : y.leadText().plain();
        Loc at = y != null && y.loc() != null ? y.loc() : loc;
        if (!lead0.equals(lead1)) {
            add("lead", at, n.label(), n.shortTitle(), dash(lead0), dash(lead1));
        }
        String sup0 = x == null ? "" : x.supportText().plain();
        String sup1 = y == null ? "" : y.supportText().plain();
        if (!sup0.equals(sup1)) {
            add("support", at, n.label(), n.shortTitle(), dash(sup0), dash(sup1));
        }
        String t0 = x == null || x.timeText() == null ? "" : x.timeText().plain();
        String t1 = y == null || y.timeText() == null ? "" : y.timeText().plain();
        if (!t0.equals(t1)) {
            add("deadline", at, n.label(), n.shortTitle(), dash(t0), dash(t1));
        }
    }

    /** Titles longer than this are cut in summary lines: a line should fit a terminal. */
    private static final int TITLE_CHARS = 60;

    static String shorten(String s) {
        if (s.length() <= TITLE_CHARS) {
            return s;
        }
        int cut = s.lastIndexOf(' ', TITLE_CHARS);
        return s.substring(0, cut > TITLE_CHARS / 2 ? cut : TITLE_CHARS).stripTrailing() + "…";
    }

    private static String dash(String s) {
        return s.isBlank() ? "—" : s;
    }

    /** "muc", "khoan", "nhiem-vu": the message key of the kind's name. */
    private static String kind(Item i) {
        return "kind." + i.block().type();
    }

    // ---- figures and targets

    private void figures(ReportData a, ReportData b) {
        if (a == null || b == null) {
            return;
        }
        Set<String> keys = new LinkedHashSet<>(b.current().figures().keySet());
        keys.addAll(a.current().figures().keySet());
        for (String key : keys) {
            Figure x = a.current().get(key);
            Figure y = b.current().get(key);
            FigureDef def = b.def(key) != null ? b.def(key) : FigureDef.plain(key);
            String unit = def.unit() == null ? "" : def.unit();
            if (x == null) {
                add("figure.added", y.loc(), def.name(), number(y.value()), unit);
            } else if (y == null) {
                add("figure.removed", b.current().source() == null ? null : Loc.of(b.current().source()), def.name(),
                        number(x.value()), unit);
            } else if (x.value().compareTo(y.value()) != 0) {
                add("figure", y.loc(), def.name(), number(x.value()), number(y.value()), unit);
            }
        }
    }

    private void targets(YNode older, YNode newer, Loc top) {
        Map<String, Object[]> a = targets(older);
        Map<String, Object[]> b = targets(newer);
        for (var e : a.entrySet()) {
            if (!b.containsKey(e.getKey())) {
                add("target.removed", locOf(newer, "phu-luc", top), e.getKey());
            }
        }
        for (var e : b.entrySet()) {
            Target y = (Target) e.getValue()[0];
            Loc loc = (Loc) e.getValue()[1];
            Object[] old = a.get(e.getKey());
            if (old == null) {
                add("target.added", loc, e.getKey(), number(y.planned()), y.unit());
                continue;
            }
            Target x = (Target) old[0];
            if (!Objects.equals(x.planned(), y.planned())
                    && (x.planned() == null || y.planned() == null || x.planned().compareTo(y.planned()) != 0)) {
                add("target.planned", loc, e.getKey(), number(x.planned()), number(y.planned()), y.unit());
            }
            if (!Objects.equals(x.achieved(), y.achieved())
                    && (x.achieved() == null || y.achieved() == null || x.achieved().compareTo(y.achieved()) != 0)) {
                add("target.achieved", loc, e.getKey(), number(x.achieved()), number(y.achieved()), y.unit());
            }
        }
    }

    /** The targets of every appendix, by name: {target, where it is written}. */
    private static Map<String, Object[]> targets(YNode root) {
        Map<String, Object[]> out = new LinkedHashMap<>();
        if (!(root instanceof YNode.YMap m) || !(m.get("phu-luc") instanceof YNode.YSeq apps)) {
            return out;
        }
        for (YNode ap : apps.items()) {
            if (ap instanceof YNode.YMap am && am.get("chi-tieu") instanceof YNode.YSeq ts) {
                List<Target> read = Targets.read(ts, new Diagnostics());
                if (read.size() != ts.items().size()) {
                    continue; // a target with mistakes: the check command says which
                }
                for (int i = 0; i < read.size(); i++) {
                    out.putIfAbsent(read.get(i).name(), new Object[] {read.get(i), ts.items().get(i).loc()});
                }
            }
        }
        return out;
    }

    private static String number(BigDecimal v) {
        return v == null ? "—" : vn.vanban.format.VnNumber.formatTrimmed(v, 4);
    }

    // ---- recipients and signer

    private void recipients(List<String> a, List<String> b, YNode root, Loc top) {
        List<YNode> nodes = root instanceof YNode.YMap m && m.get("noi-nhan") instanceof YNode.YSeq s ? s.items() : List.of();
        Loc list = locOf(root, "noi-nhan", top);
        for (String r : a) {
            if (!b.contains(r)) {
                add("recipient.removed", list, r);
            }
        }
        for (int i = 0; i < b.size(); i++) {
            if (!a.contains(b.get(i))) {
                add("recipient.added", i < nodes.size() ? nodes.get(i).loc() : list, b.get(i));
            }
        }
    }

    private void signer(Signature a, Signature b, YNode root, Loc top) {
        String x = signerText(a);
        String y = signerText(b);
        if (!x.equals(y)) {
            add("signer", locOf(root, "ky", top), dash(x), dash(y));
        }
    }

    private static String signerText(Signature s) {
        if (s == null) {
            return "";
        }
        List<String> parts = new ArrayList<>(s.authority());
        if (s.title() != null) {
            parts.add(s.title());
        }
        if (s.name() != null) {
            parts.add(s.name());
        }
        return String.join(", ", parts);
    }

    private static Loc locOf(YNode root, String key, Loc fallback) {
        if (root instanceof YNode.YMap m && m.entries().get(key) != null) {
            return m.entries().get(key).keyLoc();
        }
        return fallback;
    }
}
