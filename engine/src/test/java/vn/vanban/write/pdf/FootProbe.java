package vn.vanban.write.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.vanban.fonts.FontSet;
import vn.vanban.layout.Block;
import vn.vanban.layout.Inline;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.PageSection;
import vn.vanban.layout.Role;
import vn.vanban.layout.Table;
import vn.vanban.profile.Length;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.profile.TextStyle;

/**
 * Parity probe (not a test): N plain 17 pt lines, the first with a footnote, then one line of exact
 * height H twips; prints whether that last line stays on page 1 (compare with LibreOffice).
 */
final class FootProbe {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        long h = Long.parseLong(args[1]);
        Nd30Profile d = Nd30Profile.defaults();
        Map<Role, TextStyle> styles = new EnumMap<>(d.styles());
        Length zero = Length.pt(0);
        styles.put(Role.BODY, new TextStyle(Length.pt(14), false, false, Table.Align.JUSTIFY, zero, zero, zero,
                Length.pt(17), false));
        styles.put(Role.NOTE, styles.get(Role.BODY).withItalic(false));
        styles.put(Role.NOTE, new TextStyle(Length.pt(14), false, false, Table.Align.JUSTIFY, zero, zero, zero,
                Length.fromTwips(h), false));
        Nd30Profile p = new Nd30Profile(d.fontFamily(), d.pageWidth(), d.pageHeight(), d.portrait(), d.landscape(),
                styles, d.headerLeftShare(), d.partRuleShare(), d.ruleWidth(), d.signatureSpace(), d.headerDistance(),
                d.cellPadding(), d.tableRuleWidth(), d.listIndent(), d.footnoteSeparatorSpace(),
                d.footnoteSeparatorShare());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(Role.BODY, List.of(Inline.Span.plain("Dòng có chú thích"),
                new Inline.FootnoteRef(List.of(Inline.Span.plain("Theo Quyết định số 12/QĐ-UBND."))))));
        for (int i = 2; i <= n; i++) {
            blocks.add(new Block.Paragraph(Role.BODY, List.of(Inline.Span.plain("Dòng số " + i))));
        }
        blocks.add(new Block.Paragraph(Role.NOTE, List.of(Inline.Span.plain("CUỐI"))));
        byte[] pdf = new PdfWriter(p, FontSet.bundled()).write(new LayoutDocument("probe", null,
                List.of(new PageSection(PageSection.Orientation.PORTRAIT, false, blocks))));
        try (PdfReadBack r = new PdfReadBack(pdf)) {
            System.out.println(h + " " + (r.text(1).contains("CUỐI") ? 1 : 0));
        }
    }
}
