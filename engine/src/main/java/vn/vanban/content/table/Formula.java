package vn.vanban.content.table;

import vn.vanban.format.Verdict;

import java.math.BigDecimal;
import java.util.List;

/** How a computed column gets its value in each row from other columns of the same row. */
public sealed interface Formula {

    /** Sum of other columns ({@code tinh: {cong: [nam, nu]}}). */
    record Sum(List<String> keys) implements Formula {
        public Sum {
            keys = List.copyOf(keys);
        }
    }

    /** {@code numerator / denominator × factor}: 100 for %, 1000 for ‰. */
    record Ratio(String numerator, String denominator, BigDecimal factor) implements Formula {
    }

    /**
     * Plan-versus-result verdict: the cell is marked when the row's result against its plan earns
     * {@code verdict}; {@code showPercent} prints result/plan × 100 there instead of {@code x}.
     */
    record Grade(Verdict verdict, String result, String plan, boolean showPercent) implements Formula {
    }

}
