package vn.pcmt.localities;

import java.math.BigDecimal;

/** How a criterion judged from a metric compares the metric's value with its threshold. */
public enum CriterionComparison {
    GE("≥"),
    GT(">"),
    LE("≤"),
    LT("<"),
    EQ("=");

    private final String symbol;

    CriterionComparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean holds(BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return switch (this) {
            case GE -> c >= 0;
            case GT -> c > 0;
            case LE -> c <= 0;
            case LT -> c < 0;
            case EQ -> c == 0;
        };
    }
}
