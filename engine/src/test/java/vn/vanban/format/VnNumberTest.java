package vn.vanban.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class VnNumberTest {
    @Test
    void groupsThousandsWithDotsAndWritesDecimalsAfterAComma() {
        assertEquals("332.600", VnNumber.format(new BigDecimal("332600"), 0));
        assertEquals("25,6", VnNumber.format(new BigDecimal("25.6"), 1));
        assertEquals("1,04", VnNumber.format(new BigDecimal("1.04"), 2));
        assertEquals("1.234.567,9", VnNumber.format(new BigDecimal("1234567.89"), 1));
        assertEquals("0", VnNumber.format(BigDecimal.ZERO, 0));
        assertEquals("-12.000", VnNumber.format(new BigDecimal("-12000"), 0));
        assertEquals("999", VnNumber.format(999));
        assertEquals("100,0", VnNumber.format(new BigDecimal("99.96"), 1));
    }
}
