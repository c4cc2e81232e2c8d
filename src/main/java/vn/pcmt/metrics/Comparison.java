package vn.pcmt.metrics;

import java.math.BigDecimal;

/** How a figure compares with a threshold: a plan target's value, a drug-free criterion judged from a metric. */
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
