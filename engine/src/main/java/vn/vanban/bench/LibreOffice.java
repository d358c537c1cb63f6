package vn.vanban.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * LibreOffice converting our own DOCX to PDF, the way an office would without vanban's PDF writer:
 * {@code soffice --headless --convert-to pdf}, a new process per document, with a private user profile
 * (created by one unmeasured run first, as a clerk's LibreOffice has its profile already).
 */
final class LibreOffice {
    private static final long TIMEOUT_S = 300;

    private LibreOffice() {
    }

    /** soffice on the PATH or in the usual places, or null. */
    static Path find() {
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String d : path.split(java.io.File.pathSeparator)) {
                candidates.add(Path.of(d, "soffice"));
            }
        }
        candidates.add(Path.of("/usr/lib/libreoffice/program/soffice"));
        candidates.add(Path.of("/opt/libreoffice/program/soffice"));
        return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    static Map<String, Object> measure(Path soffice, Path docxDir, String mainFile, List<Path> samples,
                                       Path batchDir, int runs, int batchDocs, Path work)
            throws IOException, InterruptedException {
        Path profile = work.resolve("profile");
        Path outDir = work.resolve("out");
        Files.createDirectories(outDir);
        Path log = work.resolve("log.txt");
        String mainDocx = docxName(mainFile);
        // Creates the profile; not counted.
        convert(soffice, profile, outDir, List.of(docxDir.resolve(mainDocx)), log);

        List<Map<String, Object>> perFile = new ArrayList<>();
        Double mainMedian = null;
        for (Path sample : samples) {
            String name = docxName(sample.getFileName().toString());
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                times.add(convert(soffice, profile, outDir, List.of(docxDir.resolve(name)), log));
            }
            Stats st = Stats.of(times);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", name);
            m.put("runs_s", times.stream().map(t -> Json.round(t, 3)).toList());
            m.put("median_s", Json.round(st.median(), 3));
            perFile.add(m);
            if (name.equals(mainDocx)) {
                mainMedian = Json.round(st.median(), 3);
            }
        }

        List<Path> batch;
        try (Stream<Path> st = Files.list(batchDir)) {
            batch = st.filter(p -> p.toString().endsWith(".docx")).sorted().limit(batchDocs).toList();
        }
        Double batchPerDoc = null;
        if (!batch.isEmpty()) {
            double t = convert(soffice, profile, work.resolve("batch-out"), batch, log);
            batchPerDoc = Json.round(t / batch.size(), 3);
        }

        Map<String, Object> m = new LinkedHashMap<>();
        m.put("command", soffice + " -env:UserInstallation=file://PROFILE --headless --convert-to pdf --outdir DIR FILE.docx");
        m.put("version", version(soffice, work));
        m.put("file", mainDocx);
        m.put("s_per_doc", mainMedian);
        m.put("per_file", perFile);
        m.put("batch_docs", batch.size());
        m.put("batch_s_per_doc", batchPerDoc);
        return m;
    }

    private static String docxName(String yaml) {
        int dot = yaml.lastIndexOf('.');
        return (dot > 0 ? yaml.substring(0, dot) : yaml) + ".docx";
    }

    private static double convert(Path soffice, Path profile, Path outDir, List<Path> docx, Path log)
            throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        List<String> cmd = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", outDir.toString()));
        docx.forEach(d -> cmd.add(d.toString()));
        Child.Result r = Child.run(cmd, log, TIMEOUT_S);
        for (Path d : docx) {
            String pdf = d.getFileName().toString().replaceAll("\\.docx$", ".pdf");
            if (r.exit() != 0 || !Files.isRegularFile(outDir.resolve(pdf))) {
                throw new IOException("LibreOffice could not convert " + d + " (exit " + r.exit() + "):\n" + r.output());
            }
        }
        return r.seconds();
    }

    private static String version(Path soffice, Path work) {
        try {
            Child.Result r = Child.run(List.of(soffice.toString(), "--version"), work.resolve("version.txt"), 60);
            return r.output().strip();
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }
}
