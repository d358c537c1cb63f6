package vn.vanban.data;

import java.math.BigDecimal;

import vn.vanban.diag.Loc;

/** One value of a data file, with where it was typed. */
public record Figure(String key, BigDecimal value, Loc loc) {
}
