package vn.vanban.format;


/**
 * Vietnamese formatting helpers available to templates as {@code vn}: ND30's way of writing
 * numbers, dates and blanks. Blanks are no-break spaces so no writer collapses them.
 */
public final class VnFormat {
    /**
     * What the number line and the place-and-date line are made of; the content model's header is
     * one, so this package needs nothing from the content model.
     */
    public interface Heading {
        /** Số, or null for an unnumbered draft. */
        Integer number();

        /** Ký hiệu ({@code KH-UBND}), or null. */
        String code();

        /** Địa danh, or null. */
        String place();

        /** Null when not dated at all. */
        PartialDate date();
    }

    /** A no-break space: the blank a draft leaves for a number or a day to be written in. */
    public static final String BLANK = "\u00A0";

    /** {@code Số: 05/KH-UBND}; an unnumbered draft prints {@code Số:      /KH-UBND}. */
    public String so(Heading h) {
        return (h.number() == null ? "Số:" : "Số: ") + numberAndCode(h);
    }

    /** {@code 05/KH-UBND}, or the blank a draft leaves for the number: {@code       /KH-UBND}. */
    private String numberAndCode(Heading h) {
        String code = h.code() == null ? "" : h.code();
        return (h.number() == null ? BLANK.repeat(6) : twoDigits(h.number())) + "/" + code;
    }

    /** {@code ngày 05 tháng 01 năm 2024}, blanks where a draft has no day or month. */
    public String ngay(PartialDate d) {
        if (d == null) {
            return "ngày" + BLANK.repeat(4) + "tháng" + BLANK.repeat(4) + "năm" + BLANK.repeat(6);
        }
        String day = d.day() == null ? BLANK.repeat(4) : " " + twoDigits(d.day()) + " ";
        String month = d.month() == null ? BLANK.repeat(4) : " " + (d.month() <= 2 ? twoDigits(d.month()) : String.valueOf(d.month())) + " ";
        return "ngày" + day + "tháng" + month + "năm " + d.year();
    }

    /** {@code Hà Nội, ngày 05 tháng 01 năm 2020}. */
    public String diaDanhNgay(Heading h) {
        String place = h.place() == null ? BLANK.repeat(10) : h.place();
        return place + ", " + ngay(h.date());
    }

    /**
     * A moment as ND30 practice prints it: {@code 08 giờ 00 phút, thứ Năm, ngày 15 tháng 5 năm 2024};
     * the weekday is computed from the date, never typed.
     */
    public String thoiDiem(java.time.LocalDateTime t) {
        return twoDigits(t.getHour()) + " giờ " + twoDigits(t.getMinute()) + " phút, " + thu(t.toLocalDate()) + ", "
                + ngay(new PartialDate(t.getYear(), t.getMonthValue(), t.getDayOfMonth()));
    }

    /** {@code thứ Hai} ... {@code thứ Bảy}, {@code Chủ nhật}. */
    public String thu(java.time.LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }

    /** {@code 10/6/2021} style is not ND30's; this gives {@code ngày 10 tháng 6 năm 2021} for a cited date. */
    public String soVaNgay(Heading h) {
        return numberAndCode(h) + " " + ngay(h.date());
    }

    /** {@code 332.600}, {@code 25,6}: a number as Vietnamese text writes it, at most two decimals. */
    public String so(Number n) {
        return vn.vanban.format.VnNumber.formatTrimmed(new java.math.BigDecimal(n.toString()), 2);
    }

    /** {@code 25,6%}, one decimal. */
    public String phanTram(Number n) {
        return vn.vanban.format.VnNumber.formatTrimmed(new java.math.BigDecimal(n.toString()), 1) + "%";
    }

    /** {@code 2024-01-05} → {@code ngày 05 tháng 01 năm 2024}; also {@code 2024-04} and {@code 2024}. */
    public String ngay(String iso) {
        String[] p = iso.trim().split("-");
        return ngay(new PartialDate(Integer.parseInt(p[0]), p.length > 1 ? Integer.valueOf(p[1]) : null,
                p.length > 2 ? Integer.valueOf(p[2]) : null));
    }

    /** {@code 2024-6T} → {@code 6 tháng đầu năm 2024}, {@code 2024} → {@code năm 2024}. */
    public String ky(String code) {
        vn.vanban.format.Period p = vn.vanban.format.Period.parse(code);
        return p == null ? code : p.label();
    }

    public String twoDigits(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    public String chu(int n) {
        return Numbering.letter(n);
    }

    public String laMa(int n) {
        return Numbering.roman(n);
    }

    /** A number Vietnamese style with {@code decimals} places: {@code 332.600}, {@code 25,6}. */
    public String soVn(Number n, int decimals) {
        return vn.vanban.format.VnNumber.format(new java.math.BigDecimal(n.toString()), decimals);
    }

    public String blank(int n) {
        return BLANK.repeat(n);
    }
}
