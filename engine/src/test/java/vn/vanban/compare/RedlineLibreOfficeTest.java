package vn.vanban.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;

import vn.vanban.parity.LibreOffice;

/**
 * LibreOffice, as a reviewer without Word, opens every redline and sees as many insertions and
 * deletions as vanban reports: each DOCX is converted to ODT and its {@code text:changed-region}s
 * counted by kind. Needs {@code soffice} (CI installs it).
 */
class RedlineLibreOfficeTest {
    private static final Pattern REGION = Pattern.compile(
            "<text:changed-region[^>]*>\\s*<text:(insertion|deletion|format-change)");

    @Test
    void libreOfficeSeesTheSameChanges(@TempDir Path tmp) throws Exception {
        assumeTrue(LibreOffice.available(), "soffice not installed");
        Map<String, LayoutDiff.Redline> expected = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        int n = 0;
        for (Arguments a : RedlineSamplesTest.cases().toList()) {
            String sample = (String) a.get()[0];
            @SuppressWarnings("unchecked")
            List<SampleEdits> edits = (List<SampleEdits>) a.get()[1];
            Path dir = tmp.resolve("case" + n);
            Comparison c = RedlineSamplesTest.compare(RedlineSamplesTest.Versions.of(dir, sample, edits));
            Path docx = tmp.resolve("out").resolve("r" + n + ".docx");
            Files.createDirectories(docx.getParent());
            Files.write(docx, c.docx());
            files.add(docx);
            expected.put("r" + n + " " + sample + " " + edits, c.redline());
            n++;
        }
        Path odt = tmp.resolve("odt");
        Files.createDirectories(odt);
        convert(files, odt);
        List<String> wrong = new ArrayList<>();
        int i = 0;
        for (var e : expected.entrySet()) {
            Map<String, Integer> seen = regions(odt.resolve("r" + i + ".odt"));
            LayoutDiff.Redline r = e.getValue();
            String want = r.insertions() + " ins, " + r.deletions() + " del, " + r.formatting() + " fmt";
            String got = seen.get("insertion") + " ins, " + seen.get("deletion") + " del, " + seen.get("format-change") + " fmt";
            if (!want.equals(got)) {
                wrong.add(e.getKey() + ": vanban " + want + ", LibreOffice " + got);
            }
            i++;
        }
        assertEquals(List.of(), wrong);
    }

    static Map<String, Integer> regions(Path odt) throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>(Map.of("insertion", 0, "deletion", 0, "format-change", 0));
        try (ZipFile z = new ZipFile(odt.toFile())) {
            String xml = new String(z.getInputStream(z.getEntry("content.xml")).readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = REGION.matcher(xml);
            while (m.find()) {
                out.merge(m.group(1), 1, Integer::sum);
            }
        }
        return out;
    }

    private static void convert(List<Path> docx, Path outDir) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("vanban-lo-profile");
        List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "odt", "--outdir", outDir.toString()));
        docx.forEach(p -> cmd.add(p.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(outDir.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("soffice did not finish in 10 minutes");
        }
        assertEquals(0, p.exitValue(), "soffice: " + Files.readString(outDir.resolve("soffice.log")));
    }
}
