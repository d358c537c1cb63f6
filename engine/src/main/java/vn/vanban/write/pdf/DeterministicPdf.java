package vn.vanban.write.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes OpenPDF's output a function of the content alone. OpenPDF draws two things at random: the
 * six-letter subset tag of each embedded font and the trailer's /ID. Both are replaced, in place and at
 * the same length (so the cross-reference offsets stay valid), by values derived from a hash of the file
 * with those two things blanked out. It also writes the cross-reference table's digits in ASCII: OpenPDF
 * formats them with the default locale's digits ({@code String.format("%010d ...")}), which under Arabic,
 * Persian or Thai defaults gives bytes no reader can parse, a damaged file.
 */
final class DeterministicPdf {
    private static final byte[] BASE_FONT = "/BaseFont".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] FONT_NAME = "/FontName".getBytes(StandardCharsets.ISO_8859_1);
    private static final String BLANK_TAG = "AAAAAA";
    private static final int TAG_LENGTH = 6;
    private static final int ID_BYTES = 16;
    private static final int LETTERS = 26;

    private DeterministicPdf() {
    }

    static byte[] fix(byte[] pdf) {
        // Works on the bytes in place, each edit at the same length, so every offset stays valid. (This
        // used to be regular expressions over an ISO-8859-1 copy of the whole file: the same edits, but
        // a tenth of a PDF's writing time.)
        asciiXref(pdf);
        Set<String> tags = subsetTags(pdf);
        byte[] blank = pdf.clone();
        List<String> from = List.copyOf(tags);
        replaceTags(blank, from, Collections.nCopies(from.size(), BLANK_TAG));
        int idStart = lastFileId(blank);
        if (idStart >= 0) {
            fill(blank, idStart, "0".repeat(2 * ID_BYTES));
            fill(blank, idStart + 2 * ID_BYTES + 2, "0".repeat(2 * ID_BYTES));
        }
        byte[] digest = digest(blank);
        byte[] out = pdf.clone();
        List<String> to = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            StringBuilder t = new StringBuilder();
            for (int k = 0; k < TAG_LENGTH; k++) {
                t.append((char) ('A' + Math.floorMod(digest[(ID_BYTES + i * TAG_LENGTH + k) % digest.length], LETTERS)));
            }
            to.add(t.toString());
        }
        replaceTags(out, from, to);
        if (idStart >= 0) {
            String hex = HexFormat.of().withUpperCase().formatHex(digest, 0, ID_BYTES);
            fill(out, idStart, hex);
            fill(out, idStart + hex.length() + 2, hex);
        }
        return out;
    }

    private static final byte[] STARTXREF = "startxref".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] XREF = "xref".getBytes(StandardCharsets.ISO_8859_1);
    /** A cross-reference entry: ten digits, space, five digits, space, f or n, two end-of-line bytes. */
    private static final int XREF_ENTRY = 20;

    /**
     * Rewrites, in place, the digits of the cross-reference entries in ASCII. Each entry is 20 bytes
     * whatever the digits, and the first is always object 0's {@code 0000000000 65535 f}, so its first byte
     * is the locale's zero as OpenPDF wrote it (the low byte of U+0660, U+06F0, U+0E50...), and every digit
     * byte is that zero plus the digit's value. Anything not shaped like that is left alone.
     */
    static void asciiXref(byte[] b) {
        int at = -1;
        for (int p = b.length - STARTXREF.length; p >= 0; p--) {
            if (startsWith(b, p, STARTXREF)) {
                at = p;
                break;
            }
        }
        if (at < 0) {
            return;
        }
        int k = skipSpace(b, at + STARTXREF.length);
        long offset = 0;
        while (k < b.length && b[k] >= '0' && b[k] <= '9' && offset < b.length) {
            offset = offset * 10 + (b[k++] - '0');
        }
        int p = (int) offset;
        if (offset >= b.length || !startsWith(b, p, XREF)) {
            return;
        }
        p = skipSpace(b, p + XREF.length);
        byte zero = 0;
        boolean first = true;
        // Subsections: "start count" in ASCII, then count entries.
        while (p < b.length && b[p] >= '0' && b[p] <= '9') {
            int count = 0;
            int q = p;
            while (q < b.length && b[q] != ' ') {
                q++;
            }
            q++;
            while (q < b.length && b[q] >= '0' && b[q] <= '9') {
                count = count * 10 + (b[q++] - '0');
            }
            p = skipSpace(b, q);
            if (p + (long) count * XREF_ENTRY > b.length) {
                return;
            }
            if (first) {
                zero = b[p];
                first = false;
                if (zero == '0') {
                    return;
                }
            }
            for (int e = 0; e < count; e++, p += XREF_ENTRY) {
                for (int d = 0; d < 16; d++) {
                    if (d == 10) {
                        continue;
                    }
                    int digit = (b[p + d] - zero) & 0xFF;
                    if (digit > 9) {
                        return; // not the shape described above: leave the rest as it is
                    }
                    b[p + d] = (byte) ('0' + digit);
                }
            }
        }
    }

    /** The six letters X of each {@code /BaseFont /X+} or {@code /FontName /X+}, in order of appearance. */
    static Set<String> subsetTags(byte[] b) {
        Set<String> tags = new LinkedHashSet<>();
        for (int p = 0; p < b.length; p++) {
            if (b[p] != '/' || !(startsWith(b, p, BASE_FONT) || startsWith(b, p, FONT_NAME))) {
                continue;
            }
            int k = skipSpace(b, p + BASE_FONT.length);
            if (k + TAG_LENGTH + 1 < b.length && b[k] == '/' && b[k + TAG_LENGTH + 1] == '+') {
                boolean letters = true;
                for (int j = k + 1; j <= k + TAG_LENGTH; j++) {
                    letters &= b[j] >= 'A' && b[j] <= 'Z';
                }
                if (letters) {
                    tags.add(new String(b, k + 1, TAG_LENGTH, StandardCharsets.ISO_8859_1));
                }
            }
        }
        return tags;
    }

    /**
     * Where the first of the two hex strings of the last {@code /ID [<32 hex> <32 hex>]} starts, or -1.
     * Two such entries cannot overlap, so the last one is the one that starts last.
     */
    static int lastFileId(byte[] b) {
        for (int p = b.length - 3; p >= 0; p--) {
            if (b[p] == '/' && b[p + 1] == 'I' && b[p + 2] == 'D') {
                int k = skipSpace(b, p + 3);
                if (k < b.length && b[k] == '[') {
                    int first = hexString(b, skipSpace(b, k + 1));
                    if (first >= 0 && hexString(b, skipSpace(b, first + 2 * ID_BYTES + 1)) >= 0) {
                        return first;
                    }
                }
            }
        }
        return -1;
    }

    /** If {@code <32 hex digits>} starts at {@code k}, the index of its first digit; else -1. */
    private static int hexString(byte[] b, int k) {
        int end = k + 2 * ID_BYTES + 1;
        if (end >= b.length || b[k] != '<' || b[end] != '>') {
            return -1;
        }
        for (int j = k + 1; j < end; j++) {
            if (Character.digit(b[j], 16) < 0) {
                return -1;
            }
        }
        return k + 1;
    }

    /** Skips what {@code \s} matches in a Java regular expression: space, \t, \n, \x0B, \f, \r. */
    private static int skipSpace(byte[] b, int k) {
        while (k < b.length && (b[k] == ' ' || b[k] == '\t' || b[k] == '\n' || b[k] == 0x0B || b[k] == '\f'
                || b[k] == '\r')) {
            k++;
        }
        return k;
    }

    private static boolean startsWith(byte[] b, int p, byte[] s) {
        if (p + s.length > b.length) {
            return false;
        }
        for (int j = 0; j < s.length; j++) {
            if (b[p + j] != s[j]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Replaces each {@code /TAG+} of {@code from} by the {@code /TAG+} of {@code to} at the same index, in
     * place. Meant as one replacement after the other (the first tag everywhere, then the second...); one
     * pass does the same unless a new tag equals a tag still to be replaced, which then takes the slow way.
     */
    private static void replaceTags(byte[] b, List<String> from, List<String> to) {
        for (int i = 0; i < to.size(); i++) {
            if (from.subList(i + 1, from.size()).contains(to.get(i))) {
                for (int k = 0; k < from.size(); k++) {
                    replaceTags(b, List.of(from.get(k)), List.of(to.get(k)));
                }
                return;
            }
        }
        byte[][] f = new byte[from.size()][];
        byte[][] t = new byte[to.size()][];
        for (int i = 0; i < f.length; i++) {
            f[i] = from.get(i).getBytes(StandardCharsets.ISO_8859_1);
            t[i] = to.get(i).getBytes(StandardCharsets.ISO_8859_1);
        }
        int last = b.length - TAG_LENGTH - 2;
        for (int p = 0; p <= last; p++) {
            if (b[p] != '/' || b[p + TAG_LENGTH + 1] != '+') {
                continue;
            }
            for (int i = 0; i < f.length; i++) {
                if (Arrays.equals(b, p + 1, p + 1 + TAG_LENGTH, f[i], 0, TAG_LENGTH)) {
                    System.arraycopy(t[i], 0, b, p + 1, TAG_LENGTH);
                    p += TAG_LENGTH + 1;
                    break;
                }
            }
        }
    }

    private static void fill(byte[] b, int at, String ascii) {
        byte[] s = ascii.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(s, 0, b, at, s.length);
    }

    private static byte[] digest(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
