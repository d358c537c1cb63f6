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
import vn.vanban.layout.Line;
import vn.vanban.layout.PageSection;
import vn.vanban.layout.Role;
import vn.vanban.layout.Table;
import vn.vanban.profile.Length;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.profile.TextStyle;

/**
 * Parity probe (not a test): N plain 17 pt lines, a long paragraph, a signature block of eight 17 pt
 * lines; writes the PDF to compare with LibreOffice's rendering of the same in DOCX.
 */
final class SigProbe {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int repeats = Integer.parseInt(args[1]);
        Nd30Profile d = Nd30Profile.defaults();
        Map<Role, TextStyle> styles = new EnumMap<>(d.styles());
        Length zero = Length.pt(0);
        TextStyle plain = new TextStyle(Length.pt(14), false, false, Table.Align.JUSTIFY, zero, zero, zero,
                Length.pt(17), false);
        for (Role r : List.of(Role.BODY, Role.RECIPIENTS_TITLE, Role.RECIPIENT, Role.SIGNER_AUTHORITY, Role.SIGNER_NAME)) {
            styles.put(r, plain.withAlign(r == Role.BODY ? Table.Align.JUSTIFY : Table.Align.LEFT));
        }
        Nd30Profile p = new Nd30Profile(d.fontFamily(), d.pageWidth(), d.pageHeight(), d.portrait(), d.landscape(),
                styles, d.headerLeftShare(), d.partRuleShare(), d.ruleWidth(), Length.pt(5 * 17), d.headerDistance(),
                d.cellPadding(), d.tableRuleWidth(), d.listIndent(), d.footnoteSeparatorSpace(),
                d.footnoteSeparatorShare());
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            blocks.add(new Block.Paragraph(Role.BODY, List.of(Inline.Span.plain("Dòng số " + i))));
        }
        String text = String.join(" ", java.util.Collections.nCopies(repeats,
                "các cơ quan đơn vị địa phương tổ chức quán triệt triển khai thực hiện nghiêm túc")) + " KẾT THÚC";
        blocks.add(new Block.Paragraph(Role.BODY, List.of(Inline.Span.plain(text))));
        blocks.add(new Block.SignatureBlock(
                List.of(line(Role.RECIPIENTS_TITLE, "Nơi nhận:"), line(Role.RECIPIENT, "- Các sở;"),
                        line(Role.RECIPIENT, "- Lưu: VT.")),
                List.of(line(Role.SIGNER_AUTHORITY, "TM. ỦY BAN NHÂN DÂN"), line(Role.SIGNER_AUTHORITY, "CHỦ TỊCH"),
                        line(Role.SIGNER_NAME, "Nguyễn Văn An"))));
        Files.write(Path.of(args[2]), new PdfWriter(p, FontSet.bundled()).write(new LayoutDocument("probe", null,
                List.of(new PageSection(PageSection.Orientation.PORTRAIT, false, blocks)))));
    }

    private static Line line(Role role, String text) {
        return new Line(role, List.of(Inline.Span.plain(text)), Line.Rule.NONE);
    }
}
