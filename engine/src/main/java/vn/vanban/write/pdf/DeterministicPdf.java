package vn.vanban.write.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes OpenPDF's output a function of the content alone. OpenPDF draws two things at random: the
 * six-letter subset tag of each embedded font and the trailer's /ID. Both are replaced, in place and at
 * the same length (so the cross-reference offsets stay valid), by values derived from a hash of the file
 * with those two things blanked out.
 */
final class DeterministicPdf {
    private static final Pattern SUBSET_TAG = Pattern.compile("/(?:BaseFont|FontName)\\s*/([A-Z]{6})\\+");
    private static final Pattern FILE_ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]{32})>\\s*<([0-9a-fA-F]{32})>");
    private static final String BLANK_TAG = "AAAAAA";
    private static final int TAG_LENGTH = 6;
    private static final int ID_BYTES = 16;
    private static final int LETTERS = 26;

    private DeterministicPdf() {
    }

    static byte[] fix(byte[] pdf) {
        // ISO-8859-1 maps bytes to chars one to one, so string edits keep every offset.
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        Set<String> tags = new LinkedHashSet<>();
        Matcher m = SUBSET_TAG.matcher(s);
        while (m.find()) {
            tags.add(m.group(1));
        }
        String blank = s;
        for (String tag : tags) {
            blank = blank.replace("/" + tag + "+", "/" + BLANK_TAG + "+");
        }
        Matcher id = FILE_ID.matcher(blank);
        int idStart = -1;
        while (id.find()) {
            idStart = id.start(1);
        }
        String zeros = "0".repeat(2 * ID_BYTES);
        if (idStart >= 0) {
            blank = blank.substring(0, idStart) + zeros + blank.substring(idStart + zeros.length(),
                    idStart + zeros.length() + 2) + zeros + blank.substring(idStart + 2 * zeros.length() + 2);
        }
        byte[] digest = digest(blank);
        String out = s;
        int i = 0;
        for (String tag : tags) {
            StringBuilder t = new StringBuilder();
            for (int k = 0; k < TAG_LENGTH; k++) {
                t.append((char) ('A' + Math.floorMod(digest[(ID_BYTES + i * TAG_LENGTH + k) % digest.length], LETTERS)));
            }
            out = out.replace("/" + tag + "+", "/" + t + "+");
            i++;
        }
        if (idStart >= 0) {
            String hex = HexFormat.of().withUpperCase().formatHex(digest, 0, ID_BYTES);
            out = out.substring(0, idStart) + hex + out.substring(idStart + hex.length(), idStart + hex.length() + 2)
                    + hex + out.substring(idStart + 2 * hex.length() + 2);
        }
        return out.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.ISO_8859_1));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
