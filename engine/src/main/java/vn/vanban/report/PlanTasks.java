package vn.vanban.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.vanban.content.ContentBlock;
import vn.vanban.content.Document;
import vn.vanban.content.RichText;

/**
 * The tasks of a plan: its {@code nhiem-vu} items with their lead unit (their own {@code chu-tri},
 * or that of a {@code trach-nhiem} covering their range); a plan without {@code nhiem-vu} lists its
 * tasks as numbered paragraphs ({@code khoan}), which are taken instead.
 */
final class PlanTasks {
    private PlanTasks() {
    }

    static List<PlanTask> of(Document plan) {
        List<ContentBlock.Numbered> tasks = new ArrayList<>();
        List<ContentBlock.Duty> ranges = new ArrayList<>();
        collect(plan.body(), "nhiem-vu", tasks, ranges);
        if (tasks.isEmpty()) {
            collect(plan.body(), "khoan", tasks, ranges);
        }
        Map<String, String> rangeLead = new LinkedHashMap<>();
        for (ContentBlock.Duty d : ranges) {
            int from = indexOf(tasks, d.fromId());
            int to = indexOf(tasks, d.toId());
            for (int i = from; from >= 0 && to >= from && i <= to; i++) {
                rangeLead.putIfAbsent(tasks.get(i).label(), d.leadText().plain());
            }
        }
        List<PlanTask> out = new ArrayList<>();
        for (ContentBlock.Numbered t : tasks) {
            String lead = t.hasDuty() && !t.duty().lead().isEmpty() ? t.duty().leadText().plain()
                    : rangeLead.get(t.label());
            out.add(new PlanTask(t.label(), t.text(), lead == null || lead.isBlank() ? null : lead));
        }
        return out;
    }

    private static int indexOf(List<ContentBlock.Numbered> tasks, String id) {
        for (int i = 0; i < tasks.size(); i++) {
            if (id != null && id.equals(tasks.get(i).id())) {
                return i;
            }
        }
        return -1;
    }

    private static void collect(List<ContentBlock> blocks, String kind, List<ContentBlock.Numbered> out,
                                List<ContentBlock.Duty> ranges) {
        for (ContentBlock b : blocks) {
            switch (b) {
                case ContentBlock.Numbered n -> {
                    if (n.type().equals(kind)) {
                        out.add(n);
                    }
                    collect(n.body(), kind, out, ranges);
                }
                case ContentBlock.Duty d -> {
                    if (d.hasRange()) {
                        ranges.add(d);
                    }
                }
                case ContentBlock.Points p -> p.items().forEach(i -> collect(i.body(), kind, out, ranges));
                case ContentBlock.Bullets bl -> bl.items().forEach(i -> collect(i.body(), kind, out, ranges));
                default -> {
                }
            }
        }
    }

    static String plain(RichText t) {
        return t == null ? "" : t.plain();
    }
}
