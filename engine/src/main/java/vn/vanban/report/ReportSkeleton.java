package vn.vanban.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.vanban.content.Appendix;
import vn.vanban.content.ContentBlock;
import vn.vanban.content.Document;
import vn.vanban.content.Header;
import vn.vanban.load.YNode;
import vn.vanban.format.VnFormat;

/**
 * {@code vanban bao-cao-tu-ke-hoach PLAN.yaml}: the report a plan asks for, as a YAML skeleton that
 * loads without errors. It follows the report outline the plan attaches ({@code de-cuong: true}),
 * lists every task with its lead unit and a slot for its result, and carries the plan's targets
 * ({@code chi-tieu}) with a slot for what was reached; vanban computes the verdicts.
 */
public final class ReportSkeleton {
    /** What a clerk replaces; {@code vanban check} warns while any is left. */
    static final String SLOT = "<điền kết quả thực hiện>";
    private static final Locale VI = Locale.forLanguageTag("vi");

    private ReportSkeleton() {
    }

    public static String of(Document plan, YNode planRoot, String planName) {
        Header h = plan.header();
        YamlText y = new YamlText();
        y.line("# yaml-language-server: $schema=../schema/vanban.schema.json")
                .comment("", "\nKhung báo cáo lập từ kế hoạch " + planName + " bằng lệnh:\n"
                        + "  ./vanban bao-cao-tu-ke-hoach " + planName + "\n"
                        + "Việc cần làm: thay mỗi \"" + SLOT + "\" bằng kết quả thật; điền \"thuc-hien\" của\n"
                        + "từng chỉ tiêu (vanban tự ghi Đạt KH / Không đạt KH / Vượt KH); xem lại trích yếu, nơi\n"
                        + "nhận. \"./vanban check TỆP\" liệt kê những chỗ còn chưa điền.\n");
        y.line("loai: bao-cao");
        if (h.hasParentBody()) {
            y.list("", "co-quan-chu-quan", h.parentBody());
        }
        y.list("", "co-quan-ban-hanh", h.issuingBody());
        if (h.issuerName() != null) {
            y.key("", "ten-co-quan", h.issuerName());
        }
        y.key("", "ky-hieu", reportCode(h.code()));
        if (h.place() != null) {
            y.key("", "dia-danh", h.place());
        }
        y.comment("", "Số liệu theo kỳ: bỏ dấu # ở hai dòng dưới khi đã có content/so-lieu/MÃ-ĐƠN-VỊ/KỲ.yaml,\n"
                + "rồi nhắc số liệu trong bài bằng {{ten-so-lieu}} (xem docs/noi-dung.md, mục 7).");
        y.line("# so-lieu: MA-DON-VI");
        y.line("# ky-mac-dinh: " + (h.date() == null ? "2024" : h.date().year()));
        String subject = String.join(" ", plan.subject());
        y.key("", "trich-yeu", "Kết quả thực hiện Kế hoạch " + lowerFirst(subject));
        y.comment("", "Kính gửi: cơ quan cấp trên nhận báo cáo (bỏ dấu # và sửa lại).");
        y.line("# kinh-gui: " + (plan.recipients().isEmpty() ? "" : plan.recipients().get(0)));
        y.line("mo-dau:");
        String issuer = h.issuerName() == null ? String.join(" ", h.issuingBody()) : h.issuerName();
        y.line("  - " + YamlText.q("Thực hiện Kế hoạch số " + new VnFormat().soVaNgay(h)
                .replaceAll("\u00A0+/", ".../").replaceAll("\u00A0+", " ... ") + " của " + issuer + " về " + lowerFirst(subject) + ", "
                + issuer + " báo cáo kết quả thực hiện như sau:"));
        y.line("noi-dung:");
        Appendix outline = plan.appendices().stream().filter(Appendix::outline).findFirst().orElse(null);
        List<PlanTask> tasks = PlanTasks.of(plan);
        if (outline != null) {
            y.comment("  ", "Theo đề cương báo cáo kèm theo kế hoạch (" + outline.title().plain() + ").");
            boolean tasksPlaced = false;
            for (ContentBlock b : outline.body()) {
                if (b instanceof ContentBlock.Numbered n) {
                    boolean results = !tasksPlaced && fold(n.text().plain()).contains("ket qua thuc hien");
                    section(y, "  ", n, results ? tasks : List.of());
                    tasksPlaced |= results;
                }
            }
            if (!tasksPlaced) {
                tasksSection(y, tasks);
            }
        } else {
            tasksSection(y, tasks);
            for (String s : List.of("ĐÁNH GIÁ CHUNG", "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "KIẾN NGHỊ, ĐỀ XUẤT")) {
                y.line("  - muc: " + YamlText.q(s)).line("    noi-dung:").line("      - " + YamlText.q(SLOT));
            }
        }
        y.line("noi-nhan:");
        if (!plan.recipients().isEmpty() && !plan.recipients().get(0).startsWith("Lưu")) {
            y.line("  - " + YamlText.q(plan.recipients().get(0)));
        }
        y.line("  - " + YamlText.q(plan.recipients().isEmpty() ? "Lưu: VT"
                : plan.recipients().get(plan.recipients().size() - 1)));
        y.line("ky:");
        plan.signature().authority().forEach(a -> y.key("  ", authorityKey(a), a.replaceFirst("^\\S+\\s+", "")));
        y.key("  ", "chuc-vu", plan.signature().title());
        if (plan.signature().name() != null) {
            y.key("  ", "ho-ten", plan.signature().name());
        }
        targets(y, planRoot);
        return y.toString();
    }

    /** One outline section: its items become sub-sections with a slot each; the tasks go under results. */
    private static void section(YamlText y, String indent, ContentBlock.Numbered n, List<PlanTask> tasks) {
        y.line(indent + "- muc: " + YamlText.q(trimEnd(n.text().plain())));
        y.line(indent + "  noi-dung:");
        List<ContentBlock.Numbered> items = new ArrayList<>();
        n.body().forEach(b -> {
            if (b instanceof ContentBlock.Numbered c) {
                items.add(c);
            }
        });
        if (items.isEmpty() && tasks.isEmpty()) {
            y.line(indent + "    - " + YamlText.q(SLOT));
        }
        for (ContentBlock.Numbered c : items) {
            y.line(indent + "    - muc: " + YamlText.q(trimEnd(c.text().plain())));
            y.line(indent + "      noi-dung:");
            y.line(indent + "        - " + YamlText.q(SLOT));
        }
        if (!tasks.isEmpty()) {
            y.line(indent + "    - muc: \"Kết quả thực hiện các nhiệm vụ của Kế hoạch\"");
            y.line(indent + "      noi-dung:");
            tasks(y, indent + "        ", tasks);
        }
    }

    private static void tasksSection(YamlText y, List<PlanTask> tasks) {
        y.line("  - muc: \"KẾT QUẢ THỰC HIỆN\"");
        y.line("    noi-dung:");
        if (tasks.isEmpty()) {
            y.line("      - " + YamlText.q(SLOT));
        }
        tasks(y, "      ", tasks);
    }

    /** Each task: its text as in the plan (numbered there as given), who led it, and a slot for the result. */
    private static void tasks(YamlText y, String indent, List<PlanTask> tasks) {
        for (PlanTask t : tasks) {
            y.comment(indent, "Nhiệm vụ " + t.label().replaceAll("\\.$", "") + " của kế hoạch");
            y.line(indent + "- khoan: " + YamlText.q(t.text()));  // keeps the plan's bold and italics
            y.line(indent + "  noi-dung:");
            if (t.lead() != null) {
                y.line(indent + "    - " + YamlText.q("Đơn vị chủ trì: " + trimEnd(t.lead()) + "."));
            }
            y.line(indent + "    - " + YamlText.q(SLOT));
        }
    }

    /** The plan's targets, each with an empty "thuc-hien" to fill. */
    private static void targets(YamlText y, YNode planRoot) {
        List<YNode.YMap> found = new ArrayList<>();
        if (planRoot instanceof YNode.YMap m && m.get("phu-luc") instanceof YNode.YSeq seq) {
            for (YNode a : seq.items()) {
                if (a instanceof YNode.YMap am && am.get("chi-tieu") instanceof YNode.YSeq ts) {
                    ts.items().forEach(t -> {
                        if (t instanceof YNode.YMap tm) {
                            found.add(tm);
                        }
                    });
                }
            }
        }
        List<YNode.YMap> data = new ArrayList<>();
        collectDataTargets(planRoot, data);
        if (found.isEmpty() && data.isEmpty()) {
            return;
        }
        y.line("phu-luc:");
        y.line("  - tieu-de: \"KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CỦA KẾ HOẠCH\"");
        y.line("    chi-tieu:");
        dataTargets(y, data);
        for (YNode.YMap t : found) {
            boolean first = true;
            for (String k : List.of("noi-dung", "dvt", "ke-hoach", "chieu")) {
                if (t.get(k) instanceof YNode.YScalar s && !s.isNull()) {
                    y.line("      " + (first ? "- " : "  ") + k + ": " + YamlText.q(s.value().trim()));
                    first = false;
                }
            }
            y.line("        thuc-hien:   # số đạt được, hoặc \"{{ten-so-lieu}}\"; vanban tự ghi Đạt KH / Không đạt KH / Vượt KH");
        }
    }

    /** Targets written as data ({@code muc-tieu} blocks), in the plan's order, wherever they stand. */
    private static void collectDataTargets(YNode n, List<YNode.YMap> out) {
        if (n instanceof YNode.YMap m) {
            if (m.get("muc-tieu") instanceof YNode.YSeq objectives) {
                for (YNode o : objectives.items()) {
                    if (o instanceof YNode.YMap om && om.get("chi-tieu") instanceof YNode.YSeq ts) {
                        ts.items().forEach(t -> {
                            if (t instanceof YNode.YMap tm) {
                                out.add(tm);
                            }
                        });
                    }
                }
                return;
            }
            m.entries().values().forEach(e -> collectDataTargets(e.value(), out));
        } else if (n instanceof YNode.YSeq seq) {
            seq.items().forEach(i -> collectDataTargets(i, out));
        }
    }

    private static final java.util.regex.Pattern BOUND =
            java.util.regex.Pattern.compile("(<=|>=|[<>≤≥])?\\s*(-?\\d+(\\.\\d+)?)");

    /**
     * Each target of a {@code muc-tieu} block with its first milestone as the plan value for the report
     * ("Chỉ tiêu N: ..." as the plan numbers it); an upper bound, or a milestone below the baseline, makes
     * it a target to bring down ({@code chieu: giam}). Words cannot be graded: a comment says so.
     */
    private static void dataTargets(YamlText y, List<YNode.YMap> targets) {
        int n = 0;
        for (YNode.YMap t : targets) {
            n++;
            String text = t.get("noi-dung") instanceof YNode.YScalar s ? s.value().trim() : "";
            String unit = t.get("dvt") instanceof YNode.YScalar s && !s.isNull() ? s.value().trim() : null;
            String year = null;
            String value = null;
            if (t.get("moc") instanceof YNode.YMap moc) {
                for (YNode.Entry e : moc.entries().values()) {
                    if (year == null || e.key().compareTo(year) < 0) {
                        year = e.key();
                        value = e.value() instanceof YNode.YScalar v ? v.value().trim() : null;
                    }
                }
            }
            java.util.regex.Matcher m = value == null ? null : BOUND.matcher(value);
            if (m == null || !m.matches()) {
                y.comment("      ", "Chỉ tiêu " + n + " của kế hoạch ghi bằng chữ (" + value + "): tự đánh giá trong bài");
                continue;
            }
            String sign = m.group(1) == null ? "" : m.group(1);
            boolean down = sign.startsWith("<") || sign.equals("≤");
            if (sign.isEmpty() && t.get("goc") instanceof YNode.YScalar g && g.value().trim().matches("-?\\d+(\\.\\d+)?")) {
                down = new java.math.BigDecimal(m.group(2)).compareTo(new java.math.BigDecimal(g.value().trim())) < 0;
            }
            y.comment("      ", "Chỉ tiêu " + n + " của kế hoạch, mốc năm " + year + (sign.isEmpty() ? "" : " (" + value + ")"));
            y.line("      - noi-dung: " + YamlText.q(text));
            if (unit != null) {
                y.line("        dvt: " + YamlText.q(unit));
            }
            y.line("        ke-hoach: " + m.group(2));
            if (down) {
                y.line("        chieu: giam");
            }
            y.line("        thuc-hien:   # số đạt được, hoặc \"{{ten-so-lieu}}\"; vanban tự ghi Đạt KH / Không đạt KH / Vượt KH");
        }
    }

    /** KH-UBND → BC-UBND: same issuer, report type. */
    static String reportCode(String planCode) {
        if (planCode == null || !planCode.contains("-")) {
            return "BC-UBND";
        }
        return "BC" + planCode.substring(planCode.indexOf('-'));
    }

    private static String authorityKey(String a) {
        return switch (a.substring(0, a.indexOf('.') + 1)) {
            case "TM." -> "thay-mat";
            case "KT." -> "ky-thay";
            case "Q." -> "quyen";
            case "TL." -> "thua-lenh";
            default -> "thua-uy-quyen";
        };
    }

    private static String trimEnd(String s) {
        return s.strip().replaceAll("[\\s.;:,]+$", "");
    }

    /**
     * The subject inside a sentence: first letter lower-cased; a subject typed all in capitals
     * ("THỰC HIỆN CÔNG TÁC TRẺ EM") is lower-cased whole, not turned into "tHỰC HIỆN ...".
     */
    static String lowerFirst(String s) {
        if (s.isEmpty()) {
            return s;
        }
        boolean allCaps = s.codePoints().anyMatch(Character::isLetter)
                && s.codePoints().filter(Character::isLetter).noneMatch(Character::isLowerCase);
        return allCaps ? s.toLowerCase(VI) : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd')
                .replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
