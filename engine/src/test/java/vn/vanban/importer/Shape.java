package vn.vanban.importer;

import java.util.ArrayList;
import java.util.List;

import vn.vanban.content.Appendix;
import vn.vanban.content.ContentBlock;
import vn.vanban.content.Document;

/**
 * The structure of a document as the tests compare it: numbered items with their printed numbers
 * and depth, tasks (duties), tables (leaf columns × body rows), recipients, signature, appendices.
 */
record Shape(List<String> sections, int duties, List<String> tables, List<String> recipients, String signature,
             int appendices, String closing) {

    /**
     * Tables are taken from the layout (what is printed), since a report's statistics and target
     * tables are made by the templates and become plain {@code bang} when imported.
     */
    static Shape of(Document d, vn.vanban.layout.LayoutDocument layout) {
        Shape s = of(d);
        List<String> tables = new ArrayList<>();
        String closing = null;
        for (var section : layout.sections()) {
            for (var b : section.blocks()) {
                if (b instanceof vn.vanban.layout.Block.TableBlock t) {
                    tables.add(t.table().columns().size() + " cột × " + t.table().bodyRows().size() + " dòng");
                } else if (b instanceof vn.vanban.layout.Block.Paragraph p && closing == null
                        && vn.vanban.layout.Inline.plainText(p.content()).startsWith("Trên đây")) {
                    closing = vn.vanban.layout.Inline.plainText(p.content()); // as printed (a report's default too)
                }
            }
        }
        return new Shape(s.sections(), s.duties(), tables, s.recipients(), s.signature(), s.appendices(), closing);
    }

    static Shape of(Document d) {
        List<String> sections = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        int[] duties = {0};
        walk(d.body(), sections, tables, duties);
        for (Appendix a : d.appendices()) {
            sections.add("phụ lục");
            walk(a.body(), sections, tables, duties);
        }
        String sig = String.join(" ", d.signature().authority()) + " | " + d.signature().title() + " | "
                + d.signature().name();
        return new Shape(sections, duties[0], tables, d.recipients(), sig, d.appendices().size(), closing(d));
    }

    /** The closing sentence, whether written as {@code ket-thuc} or as the body's last paragraph. */
    private static String closing(Document d) {
        String text = null;
        if (d.closing() != null) {
            text = d.closing().plain();
        } else if (!d.body().isEmpty() && d.body().get(d.body().size() - 1) instanceof ContentBlock.Para p
                && p.text().plain().startsWith("Trên đây")) {
            text = p.text().plain();
        }
        return text == null ? null : text.replaceAll("[./]+$", "");
    }

    private static void walk(List<ContentBlock> blocks, List<String> sections, List<String> tables, int[] duties) {
        for (ContentBlock b : blocks) {
            switch (b) {
                case ContentBlock.Numbered n -> {
                    sections.add(n.depth() + " " + n.label());
                    if (n.duty() != null) {
                        duties[0]++;
                    }
                    walk(n.body(), sections, tables, duties);
                }
                case ContentBlock.Duty x -> duties[0]++;
                case ContentBlock.TableBlock t -> tables.add(t.table().leaves().size() + " cột × " + t.table().body().size() + " dòng");
                case ContentBlock.Points p -> p.items().forEach(i -> walk(i.body(), sections, tables, duties));
                case ContentBlock.Bullets bs -> bs.items().forEach(i -> walk(i.body(), sections, tables, duties));
                default -> {
                }
            }
        }
    }
}
