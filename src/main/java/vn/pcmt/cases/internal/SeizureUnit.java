package vn.pcmt.cases.internal;

import java.math.BigDecimal;

/** The unit a seized quantity is entered in; figures count kilograms as 1000 grams. */
public enum SeizureUnit {
    G,
    KG,
    PILLS,
    ML,
    PLANTS;

    /** The unit figures sum this one in. */
    public SeizureUnit counted() {
        return this == KG ? G : this;
    }

    /** The quantity in {@link #counted()}. */
    public BigDecimal counted(BigDecimal quantity) {
        return this == KG ? quantity.multiply(BigDecimal.valueOf(1000)) : quantity;
    }
}
