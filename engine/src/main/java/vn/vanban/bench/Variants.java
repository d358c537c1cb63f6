package vn.vanban.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Makes the batch workload: variants of one commune plan, as an office produces for every commune of a
 * district. Each variant has its own commune name, number, date, signer and task list, so no two outputs
 * are the same. Deterministic: variant {@code i} is always the same text.
 */
final class Variants {
    private static final String[] FIRST = {"Bảo", "Phú", "Tân", "Kim", "Quy", "Điềm", "Trung", "Bình", "Phượng",
        "Sơn", "Lam", "Thanh", "Đồng", "Hòa", "Minh", "Nghĩa", "Yên", "Vĩnh", "Xuân", "Định"};
    private static final String[] SECOND = {"Linh", "Đình", "Hội", "Phượng", "Kỳ", "Mặc", "Hội", "Yên", "Thành",
        "Phú", "Lương", "Hà", "Thịnh", "Bình", "Tiến", "Hưng", "Trạch", "Lợi", "Sơn", "Đạt", "Lạc", "Xá", "Tân"};
    private static final String[] SIGNERS = {"Hoàng Văn Đại", "Nguyễn Thị Hà", "Trần Văn Minh", "Lê Thị Thu",
        "Phạm Quốc Hùng", "Ma Thị Lan", "Đinh Công Sơn", "Bùi Thị Hồng"};
    private static final String[] EXTRA_TASKS = {
        "Tổ chức ngày hội thiếu nhi tại nhà văn hóa các thôn, xóm; ưu tiên trẻ em có hoàn cảnh đặc biệt.",
        "Rà soát, cập nhật danh sách trẻ em có nguy cơ bỏ học, phối hợp với nhà trường vận động trẻ trở lại lớp.",
        "Lắp đặt biển cảnh báo tại các ao, hồ, sông, suối nguy hiểm; tổ chức lớp dạy bơi an toàn cho trẻ em.",
        "Phối hợp với Trạm Y tế tổ chức khám sức khỏe định kỳ, tiêm chủng mở rộng cho trẻ em dưới 6 tuổi.",
        "Vận động các doanh nghiệp, nhà hảo tâm trao học bổng, quà tặng cho học sinh nghèo vượt khó.",
    };

    private Variants() {
    }

    /** Commune name of variant {@code i}, e.g. "Phú Đình". */
    static String commune(int i) {
        return FIRST[i % FIRST.length] + " " + SECOND[(i / FIRST.length + i) % SECOND.length];
    }

    /** Writes {@code n} variants of {@code base} into {@code dir} as {@code xa-0001.yaml} and on. */
    static List<Path> write(Path base, Path dir, int n) throws IOException {
        String text = Files.readString(base, StandardCharsets.UTF_8);
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path p = dir.resolve(String.format(Locale.ROOT, "xa-%04d.yaml", i + 1));
            Files.writeString(p, variant(text, i), StandardCharsets.UTF_8);
            out.add(p);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static String variant(String baseText, int i) {
        String name = commune(i);
        String upper = name.toUpperCase(Locale.forLanguageTag("vi"));
        LoaderOptions lo = new LoaderOptions();
        Map<String, Object> doc = (Map<String, Object>) new Yaml(new SafeConstructor(lo))
                .load(baseText.replace("Bảo Linh", name).replace("BẢO LINH", upper));
        doc.put("co-quan-ban-hanh", List.of("ỦY BAN NHÂN DÂN", "XÃ " + upper));
        doc.put("ten-co-quan", "Ủy ban nhân dân xã " + name);
        doc.put("dia-danh", name);
        doc.put("so", (i % 300) + 1);
        doc.put("ngay", String.format(Locale.ROOT, "2024-%02d-%02d", 1 + i % 12, 1 + i % 28));
        doc.put("trich-yeu", "Triển khai công tác chăm sóc, giáo dục trẻ em năm 2024\ntrên địa bàn xã " + name);
        Map<String, Object> ky = new LinkedHashMap<>((Map<String, Object>) doc.get("ky"));
        ky.put("ho-ten", SIGNERS[i % SIGNERS.length]);
        doc.put("ky", ky);
        // The commune's own task list: the district's tasks, one left out and one of its own added.
        List<Object> sections = (List<Object>) doc.get("noi-dung");
        for (Object s : sections) {
            Map<String, Object> section = (Map<String, Object>) s;
            if (String.valueOf(section.get("muc")).startsWith("NỘI DUNG")) {
                List<Object> tasks = new ArrayList<>((List<Object>) section.get("noi-dung"));
                if (tasks.size() > 2) {
                    tasks.remove(i % tasks.size());
                }
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("khoan", EXTRA_TASKS[i % EXTRA_TASKS.length].replace("thôn, xóm", "thôn, xóm của xã " + name));
                tasks.add(Math.min(tasks.size(), i % 4), extra);
                section.put("noi-dung", tasks);
            }
        }
        DumperOptions dump = new DumperOptions();
        dump.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dump.setAllowUnicode(true);
        dump.setWidth(120);
        return new Yaml(new SafeConstructor(lo), new Representer(dump), dump, lo).dump(doc);
    }
}
