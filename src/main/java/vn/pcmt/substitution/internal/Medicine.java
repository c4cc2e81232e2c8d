package vn.pcmt.substitution.internal;

/** The substitution medicine (the column's check lists the same values). */
public enum Medicine {
    METHADONE,
    BUPRENORPHINE,
    OTHER;

    /** The medicine as the person's legal record names it (null for another medicine). */
    String legalDrug() {
        return this == OTHER ? null : name();
    }
}
