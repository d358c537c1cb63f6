package vn.vanban.data;

import vn.vanban.format.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.vanban.diag.Loc;

/** A rate the data file leaves out is computed from the counts it is made of. */
class DerivedRatesTest {
    private static final FigureDef RATE = new FigureDef("ty-le", "Tỷ lệ", "%", "", "tu", "mau",
            BigDecimal.valueOf(100), null, 1, null);
    private static final Catalogue CATALOGUE = new Catalogue(Map.of("ty-le", RATE), null);

    private static Figure figure(String key, String value) {
        return new Figure(key, new BigDecimal(value), Loc.of(null));
    }

    @Test
    void aMissingRateIsComputedFromItsNumeratorAndDenominator() {
        FigureSet set = new FigureSet("xa", Period.parse("2025-6T"),
                Map.of("tu", figure("tu", "41"), "mau", figure("mau", "322")), null);
        FigureSet derived = Consistency.withDerivedRates(set, CATALOGUE);
        assertEquals(0, new BigDecimal("12.732919").compareTo(derived.get("ty-le").value()));
    }

    @Test
    void aTypedRateIsKeptAndAMissingCountLeavesTheRateOut() {
        FigureSet typed = new FigureSet("xa", Period.parse("2025"), Map.of("tu", figure("tu", "41"),
                "mau", figure("mau", "322"), "ty-le", figure("ty-le", "12.7")), null);
        assertEquals(new BigDecimal("12.7"), Consistency.withDerivedRates(typed, CATALOGUE).get("ty-le").value());
        FigureSet partial = new FigureSet("xa", Period.parse("2025"), Map.of("tu", figure("tu", "41")), null);
        assertNull(Consistency.withDerivedRates(partial, CATALOGUE).get("ty-le"));
    }
}
