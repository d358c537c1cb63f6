package vn.vanban.parity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** LibreOffice headless, as a Word user's rendering of our DOCX: converts DOCX files to PDF. */
public final class LibreOffice {
    private LibreOffice() {
    }

    public static boolean available() {
        return find() != null;
    }

    private static String find() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, "soffice"))) {
                return Path.of(dir, "soffice").toString();
            }
        }
        return null;
    }

    /** Converts every DOCX to PDF in {@code outDir}, with a private profile so parallel runs do not clash. */
    public static void toPdf(List<Path> docx, Path outDir) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("vanban-lo-profile");
        List<String> cmd = new ArrayList<>(List.of(find(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", outDir.toString()));
        docx.forEach(p -> cmd.add(p.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(outDir.resolve("soffice.log").toFile())
                .start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("soffice did not finish in 5 minutes");
        }
        if (p.exitValue() != 0) {
            throw new IOException("soffice failed: " + Files.readString(outDir.resolve("soffice.log")));
        }
    }
}
