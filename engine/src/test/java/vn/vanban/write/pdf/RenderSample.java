package vn.vanban.write.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

import vn.vanban.fonts.FontSet;
import vn.vanban.profile.Nd30Profile;

/** Writes the sample PDF to a file for looking at it (not a test). */
final class RenderSample {
    public static void main(String[] args) throws Exception {
        byte[] pdf = new PdfWriter(Nd30Profile.defaults(), FontSet.bundled()).write(SampleDocument.build());
        Files.write(Path.of(args[0]), pdf);
    }
}
