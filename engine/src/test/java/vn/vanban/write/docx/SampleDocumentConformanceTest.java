package vn.vanban.write.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.vanban.check.docx.DocxConformance;
import vn.vanban.check.docx.RuleResult;
import vn.vanban.fonts.FontSet;
import vn.vanban.profile.Nd30Profile;

/** The writer's own sample, with its landscape appendix section and a table, meets every ND30 rule. */
class SampleDocumentConformanceTest {
    @Test
    void sampleWithALandscapeSectionMeetsEveryRule() throws IOException {
        byte[] docx = new DocxWriter(Nd30Profile.defaults(), FontSet.bundled()).write(SampleDocument.create());
        List<RuleResult> results = DocxConformance.check(new XWPFDocument(new ByteArrayInputStream(docx)));
        assertEquals(List.of(), results.stream().filter(r -> !r.met()).toList());
        assertTrue(results.stream().filter(r -> r.rule().equals("check.rule.page")).count() >= 2);
    }
}
