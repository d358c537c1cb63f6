package vn.vanban.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The document the recogniser found, shaped like the content format (docs/noi-dung.md) so the
 * writer only has to print it. Mutable while it is being built; texts are content markup.
 */
public final class Draft {
    String loai = "ke-hoach";
    List<String> parentBody = new ArrayList<>();
    List<String> issuingBody = new ArrayList<>();
    Integer number;
    String code;
    String place;
    String date;
    List<String> subject = new ArrayList<>();
    List<String> addressees = new ArrayList<>();
    List<String> bases = new ArrayList<>();
    List<Block> opening = new ArrayList<>();
    List<Block> body = new ArrayList<>();
    String closing;
    List<String> recipients = new ArrayList<>();
    Signature signature = new Signature();
    Map<String, String> notes = new LinkedHashMap<>();
    List<Appendix> appendices = new ArrayList<>();
    String appendixNumbering;
    /** Why a header key holds a stand-in ("<điền ...>"), by key: printed as "# nhập: ..." beside it. */
    Map<String, String> headerComments = new LinkedHashMap<>();

    static final class Signature {
        String onBehalf;   // TM.
        String deputyFor;  // KT.
        String acting;     // Q.
        String byOrder;    // TL.
        String byAuthority; // TUQ.
        List<String> title = new ArrayList<>();
        String name;
    }

    static final class Appendix {
        String title = "";
        List<String> subtitle = new ArrayList<>();
        String attachedTo;
        String measure;
        String comment;
        boolean unitLine;
        boolean numbered = true;
        List<Block> body = new ArrayList<>();
    }

    /** A body block; {@code comment} is the "# nhập: ..." line printed above it, or null. */
    sealed interface Block permits Text, Numbered, Points, Bullets, Note, Duty, Table, Part {
    }

    record Text(String text, boolean centered, String comment) implements Block {
    }

    record Note(String text) implements Block {
    }

    /** muc / khoan / nhiem-vu. {@code label} is the source's own number, kept for ranges and warnings. */
    static final class Numbered implements Block {
        String kind;
        String title;
        String id;
        String label;
        int rank;
        final List<Block> children = new ArrayList<>();
        Duty duty;

        Numbered(String kind, String title, String label, int rank) {
            this.kind = kind;
            this.title = title;
            this.label = label;
            this.rank = rank;
        }
    }

    /** phan: an outline part A., B. above I. */
    static final class Part implements Block {
        final String title;
        final List<Block> children = new ArrayList<>();
        int subLevel = 1;

        Part(String title) {
            this.title = title;
        }
    }

    static final class Item {
        final String text;
        final List<Block> children = new ArrayList<>();

        Item(String text) {
            this.text = text;
        }
    }

    record Points(List<Item> items) implements Block {
    }

    record Bullets(List<Item> items, String mark) implements Block {
    }

    /** Đơn vị chủ trì / phối hợp / thời gian, for one task or (with from/to ids) a range of them. */
    static final class Duty implements Block {
        String from;
        String to;
        String lead;
        String partners;
        String time;
    }

    /** A table in the content format's terms: column tree, rows. */
    record Table(List<Column> columns, List<Row> rows, String comment) implements Block {
    }

    /** A column; {@code width} is its relative width ({@code rong}), 1 when unknown. */
    record Column(String title, String key, boolean text, int decimals, double width, List<Column> children) {
    }

    /** A row: values by column key, merges, bold; a group row ({@code loai: nhom}) holds the rows under it. */
    record Row(Map<String, Object> values, List<String[]> spans, Map<String, Integer> down, boolean bold,
               boolean group, List<Row> children) {
    }
}
