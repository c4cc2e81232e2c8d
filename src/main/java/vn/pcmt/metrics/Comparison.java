package vn.pcmt.plans;

import java.math.BigDecimal;

/** How a target's value compares with its threshold. */
public enum Comparison {
    GE("≥"),
    GT(">"),
    LE("≤"),
    LT("<"),
    EQ("=");

    private final String symbol;

    Comparison(String symbol) {
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
