package vn.vanban.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Diagnostics;
import vn.vanban.load.TemplateSource;
import vn.vanban.load.YamlLoader;

/**
 * The parts of the types that travel with a plan (issue 15), read as data: articles numbered by the
 * reader, căn cứ and "Theo đề nghị của ..." worded by the model, a meeting's date-time with its
 * computed weekday, the keys each type requires by its registry entry, a công văn's ký hiệu.
 */
class OtherTypesReaderTest {
    private static final String HEAD = """
            co-quan-ban-hanh: ỦY BAN NHÂN DÂN XÃ A
            trich-yeu: Thử
            """;
    private static final String SIGNED = """
            noi-nhan:
              - Như Điều 3
              - Lưu: VT
            ky:
              chuc-vu: CHỦ TỊCH
            """;
    private final DocumentReader reader = new DocumentReader(DocTypes.load(TemplateSource.defaults()));

    private record Read(Document doc, List<Diagnostic> diags) {
        List<String> keys() {
            return diags.stream().map(Diagnostic::key).toList();
        }
    }

    private Read read(String yaml) {
        Path f = Path.of("test.yaml");
        Diagnostics d = new Diagnostics();
        Document doc = reader.read(f, new YamlLoader().parse(f, yaml.getBytes(StandardCharsets.UTF_8)), d);
        return new Read(doc, d.all());
    }

    @Test
    void articlesAreNumberedWithTheirKhoanAndDiemInside() {
        Read r = read("loai: quyet-dinh\nky-hieu: QĐ-UBND\n" + HEAD + """
                tham-quyen: Chủ tịch Ủy ban nhân dân xã A
                can-cu:
                  - Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016.
                  - Căn cứ Kế hoạch số 12/KH-UBND
                de-nghi: Theo đề nghị của công chức Văn hóa - Xã hội;
                noi-dung:
                  - dieu: Thành lập Ban chỉ đạo.
                    noi-dung:
                      - khoan: Trưởng ban.
                      - khoan: "Thành viên:"
                        noi-dung:
                          - diem: [Ông B;, Bà C.]
                  - dieu: Hiệu lực.
                """ + SIGNED);
        assertEquals(List.of(), r.diags());
        List<ContentBlock> body = r.doc().body();
        ContentBlock.Numbered first = (ContentBlock.Numbered) body.get(0);
        assertEquals("Điều 1.", first.label());
        assertEquals("Điều 2.", ((ContentBlock.Numbered) body.get(1)).label());
        assertEquals(List.of("1.", "2."), first.body().stream().map(b -> ((ContentBlock.Numbered) b).label()).toList());
        ContentBlock.Points points = (ContentBlock.Points) ((ContentBlock.Numbered) first.body().get(1)).body().get(0);
        assertEquals(List.of("a)", "b)"), points.items().stream().map(ContentBlock.Item::label).toList());
        assertEquals(List.of("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ A"), r.doc().authority());
        assertEquals(List.of("Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;", "Căn cứ Kế hoạch số 12/KH-UBND;",
                        "Theo đề nghị của công chức Văn hóa - Xã hội."),
                r.doc().basisLines().stream().map(RichText::plain).toList());
    }

    @Test
    void aDecisionWithoutItsAuthorityIsToldSo() {
        Read r = read("loai: quyet-dinh\nky-hieu: QĐ-UBND\n" + HEAD + "can-cu: [Căn cứ X]\nnoi-dung: [a]\n" + SIGNED);
        assertEquals(List.of("key.missing"), r.keys());
        assertEquals("tham-quyen", r.diags().get(0).args().get(0));
    }

    @Test
    void aMeetingsWeekdayIsComputedFromItsDate() {
        Read r = read("loai: giay-moi\nky-hieu: GM-UBND\n" + HEAD + """
                hop:
                  thoi-gian: "2024-05-15 08:00"
                  dia-diem: Hội trường
                  chu-tri: {ho-ten: Ông A, chuc-vu: Chủ tịch}
                  thanh-phan:
                    - "- Trưởng các thôn;"
                """ + SIGNED);
        assertEquals(List.of(), r.diags());
        Meeting m = r.doc().meeting();
        // 15 May 2024 was a Wednesday: "thứ Năm" in a hand-typed invitation would be a slip.
        assertEquals("08 giờ 00 phút, thứ Tư, ngày 15 tháng 5 năm 2024", m.startText());
        assertEquals("Ông A - Chủ tịch", m.chair().text());
        assertEquals(List.of("Trưởng các thôn"), m.participants().stream().map(RichText::plain).toList());
        assertNull(m.endText());
        assertEquals("Chủ nhật", new vn.vanban.format.VnFormat().thu(java.time.LocalDate.of(2024, 5, 19)));
        assertEquals("05 giờ 07 phút, thứ Hai, ngày 05 tháng 02 năm 2024",
                new vn.vanban.format.VnFormat().thoiDiem(java.time.LocalDateTime.of(2024, 2, 5, 5, 7)));
    }

    @Test
    void aBadMeetingTimeIsLocated() {
        Read r = read("loai: giay-moi\nky-hieu: GM-UBND\n" + HEAD + """
                hop:
                  thoi-gian: "15/5/2024 8h"
                  dia-diem: Hội trường
                """ + SIGNED);
        assertEquals(List.of("thoi-gian.format"), r.keys());
        assertEquals(6, r.diags().get(0).loc().line());
        Read end = read("loai: bien-ban\nky-hieu: BB-UBND\n" + HEAD + """
                hop:
                  thoi-gian: "2024-05-15 08:00"
                  ket-thuc: "2024-05-15 07:00"
                  dia-diem: Hội trường
                noi-dung: [a]
                """);
        assertEquals(List.of("hop.end-before-start"), end.keys());
    }

    /** A biên bản has no Nơi nhận and its signers come from the meeting: the registry says what it requires. */
    @Test
    void minutesNeedNoRecipientsButAPlanDoes() {
        Read bb = read("loai: bien-ban\nky-hieu: BB-UBND\n" + HEAD + """
                hop:
                  thoi-gian: "2024-05-15 08:00"
                  ket-thuc: "2024-05-15 10:30"
                  dia-diem: Hội trường
                  chu-tri: Hoàng Văn Thắng
                  thu-ky: {ho-ten: Ma Thị Hoa}
                noi-dung: [a]
                """);
        assertEquals(List.of(), bb.diags());
        assertNotNull(bb.doc());
        assertEquals("Cuộc họp kết thúc vào lúc 10 giờ 30 phút, thứ Tư, ngày 15 tháng 5 năm 2024 và nội dung cuộc họp"
                + " đã được các thành viên dự họp thông qua.", bb.doc().meetingClosing().plain());
        Read kh = read("loai: ke-hoach\nky-hieu: KH-UBND\n" + HEAD + "noi-dung: [a]\n");
        assertEquals(List.of("key.missing", "key.missing"), kh.keys());
    }

    @Test
    void aCongVansCodeIsAgencyAndUnitNotATypeAbbreviation() {
        String cv = "loai: cong-van\n" + HEAD + "kinh-gui: Phòng A\nnoi-dung: [a]\n" + SIGNED;
        assertEquals(List.of(), read(cv + "ky-hieu: UBND-VP\n").diags());
        Read wrong = read(cv + "ky-hieu: KH-UBND\n");
        assertEquals(List.of("ky-hieu.no-type"), wrong.keys());
        assertEquals(List.of("KH-UBND", "KH", "Kế hoạch", "Công văn"), wrong.diags().get(0).args());
    }

    @Test
    void anIssuedFileThatIsNotThereIsLocated() {
        Read r = read("loai: quyet-dinh\nky-hieu: QĐ-UBND\n" + HEAD + """
                tham-quyen: Chủ tịch Ủy ban nhân dân xã A
                can-cu: [Căn cứ X]
                ban-hanh: content/khong-co.yaml
                noi-dung: [a]
                """ + SIGNED);
        assertEquals(List.of("ban-hanh.missing"), r.keys());
        assertEquals(7, r.diags().get(0).loc().line());
    }

    /** A khoản is numbered 1., 2. even at the top of a body without mục (ND30: Roman numerals are for mục). */
    @Test
    void topLevelKhoanAreArabic() {
        Read r = read("loai: thong-bao\nky-hieu: TB-UBND\n" + HEAD + """
                noi-dung:
                  - khoan: Một.
                  - khoan: Hai.
                    noi-dung:
                      - diem: [Hai a.]
                """ + SIGNED);
        assertEquals(List.of(), r.diags());
        ContentBlock.Numbered second = (ContentBlock.Numbered) r.doc().body().get(1);
        assertEquals("1.", ((ContentBlock.Numbered) r.doc().body().get(0)).label());
        assertEquals("2.", second.label());
        assertEquals("a)", ((ContentBlock.Points) second.body().get(0)).items().get(0).label());
    }
}
