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
        Map<String, ContentBlock.Duty> rangeDuty = new LinkedHashMap<>();
        for (ContentBlock.Duty d : ranges) {
            int from = indexOf(tasks, d.fromId());
            int to = indexOf(tasks, d.toId());
            for (int i = from; from >= 0 && to >= from && i <= to; i++) {
                rangeDuty.putIfAbsent(tasks.get(i).label(), d);
            }
        }
        List<PlanTask> out = new ArrayList<>();
        for (ContentBlock.Numbered t : tasks) {
            ContentBlock.Duty own = t.hasDuty() ? t.duty() : null;
            ContentBlock.Duty range = rangeDuty.get(t.label());
            String lead = own != null && !own.lead().isEmpty() ? own.leadText().plain()
                    : range == null || range.lead().isEmpty() ? null : range.leadText().plain();
            String support = own != null && !own.support().isEmpty() ? RichText.join(own.support(), "; ").plain()
                    : range == null || range.support().isEmpty() ? null : RichText.join(range.support(), "; ").plain();
            String time = own != null && own.time() != null ? own.time().plain()
                    : range == null || range.time() == null ? null : range.time().plain();
            out.add(new PlanTask(t.label(), t.text(), blankToNull(lead), blankToNull(support), blankToNull(time)));
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().replaceAll("[\\s.;,]+$", "");
    }

    static String plain(RichText t) {
        return t == null ? "" : t.plain();
    }
}
