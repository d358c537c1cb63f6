package vn.vanban.write.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.vanban.fonts.FontSet;
import vn.vanban.profile.Nd30Profile;

/**
 * {@link DeterministicPdf} edits bytes in place; it must give exactly the bytes of the regular-expression
 * version it replaced (kept here as {@link #reference}), so no PDF changes.
 */
class DeterministicPdfTest {
    private static final Pattern TAG = Pattern.compile("/(?:BaseFont|FontName)\\s*/([A-Z]{6})\\+");
    private static final Pattern ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]{32})>\\s*<([0-9a-fA-F]{32})>");

    @Test
    void sameBytesAsTheRegularExpressionVersionOnRealPdfs() {
        byte[] fixed = new PdfWriter(Nd30Profile.defaults(), FontSet.bundled()).write(SampleDocument.build());
        Random random = new Random(42);
        for (int run = 0; run < 20; run++) {
            byte[] raw = scramble(fixed, random);
            assertNotEquals(new String(fixed, StandardCharsets.ISO_8859_1), new String(raw, StandardCharsets.ISO_8859_1));
            assertArrayEquals(reference(raw), DeterministicPdf.fix(raw));
            assertArrayEquals(fixed, DeterministicPdf.fix(raw), "the tags and /ID depend on the content only");
        }
    }

    @Test
    void sameBytesOnOddSpacingAndSeveralIds() {
        String[] cases = {
            "%PDF-1.7\n/BaseFont /ABCDEF+Liberation /FontName\t\r\n/ABCDEF+X /FontName/QWERTY+Y /ABCDEF+ again\n"
                + "trailer /ID [<0123456789abcdef0123456789ABCDEF><0123456789abcdef0123456789ABCDEF>]\n"
                + "/ID[ <11111111111111111111111111111111>\n<22222222222222222222222222222222> ] %%EOF",
            "/BaseFont /ABCDE+short /BaseFont /abcdef+lower /BaseFont /ABCDEFG+long /ID [<00>] no id",
            "/ID [<0123456789abcdef0123456789ABCDEF> <0123456789abcdef0123456789ABCDEF>]/BaseFont\u000B/ZZZZZZ+",
            "",
            "/ID",
        };
        for (String c : cases) {
            byte[] b = c.getBytes(StandardCharsets.ISO_8859_1);
            assertArrayEquals(reference(b), DeterministicPdf.fix(b), c);
        }
    }

    @Test
    void crossReferenceDigitsWrittenWithForeignDigitsBecomeAscii() {
        String ascii = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\nxref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n"
                + "0000000123 00000 n \ntrailer\n<</Size 3>>\nstartxref\n29\n%%EOF\n";
        for (char zero : new char[] {'\u0660', '\u06F0', '\u0E50'}) {
            // What OpenPDF's String.format("%010d ...") gives under Arabic, Persian and Thai defaults, cut to bytes.
            StringBuilder foreign = new StringBuilder(ascii);
            int xref = ascii.indexOf("xref\n0 3\n") + "xref\n0 3\n".length();
            for (int i = xref; i < ascii.indexOf("trailer"); i++) {
                char c = ascii.charAt(i);
                boolean digit = c >= '0' && c <= '9' && (i - xref) % 20 < 16;
                foreign.setCharAt(i, digit ? (char) (zero + (c - '0')) : c);
            }
            byte[] b = new byte[foreign.length()];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) foreign.charAt(i);
            }
            assertNotEquals(ascii, new String(b, StandardCharsets.ISO_8859_1));
            DeterministicPdf.asciiXref(b);
            assertArrayEquals(ascii.getBytes(StandardCharsets.ISO_8859_1), b, "zero " + (int) zero);
        }
        byte[] untouched = ascii.getBytes(StandardCharsets.ISO_8859_1);
        DeterministicPdf.asciiXref(untouched);
        assertArrayEquals(ascii.getBytes(StandardCharsets.ISO_8859_1), untouched);
    }

    /** What OpenPDF does at random: other subset tags and another /ID. */
    private static byte[] scramble(byte[] pdf, Random random) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        Set<String> tags = new LinkedHashSet<>();
        Matcher m = TAG.matcher(s);
        while (m.find()) {
            tags.add(m.group(1));
        }
        for (String tag : tags) {
            StringBuilder t = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                t.append((char) ('A' + random.nextInt(26)));
            }
            s = s.replace("/" + tag + "+", "/" + t + "+");
        }
        Matcher id = ID.matcher(s);
        int at = -1;
        while (id.find()) {
            at = id.start(1);
        }
        byte[] hex = new byte[16];
        random.nextBytes(hex);
        String h = HexFormat.of().formatHex(hex);
        s = s.substring(0, at) + h + s.substring(at + 32, at + 34) + h + s.substring(at + 66);
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The former implementation, verbatim in behaviour. */
    private static byte[] reference(byte[] pdf) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        Set<String> tags = new LinkedHashSet<>();
        Matcher m = TAG.matcher(s);
        while (m.find()) {
            tags.add(m.group(1));
        }
        String blank = s;
        for (String tag : tags) {
            blank = blank.replace("/" + tag + "+", "/AAAAAA+");
        }
        Matcher id = ID.matcher(blank);
        int idStart = -1;
        while (id.find()) {
            idStart = id.start(1);
        }
        String zeros = "0".repeat(32);
        if (idStart >= 0) {
            blank = blank.substring(0, idStart) + zeros + blank.substring(idStart + 32, idStart + 34) + zeros
                    + blank.substring(idStart + 66);
        }
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(blank.getBytes(StandardCharsets.ISO_8859_1));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String out = s;
        int i = 0;
        for (String tag : tags) {
            StringBuilder t = new StringBuilder();
            for (int k = 0; k < 6; k++) {
                t.append((char) ('A' + Math.floorMod(digest[(16 + i * 6 + k) % digest.length], 26)));
            }
            out = out.replace("/" + tag + "+", "/" + t + "+");
            i++;
        }
        if (idStart >= 0) {
            String hex = HexFormat.of().withUpperCase().formatHex(digest, 0, 16);
            out = out.substring(0, idStart) + hex + out.substring(idStart + 32, idStart + 34) + hex
                    + out.substring(idStart + 66);
        }
        return out.getBytes(StandardCharsets.ISO_8859_1);
    }
}
