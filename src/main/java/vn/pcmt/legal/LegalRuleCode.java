package vn.pcmt.legal;

/** The rules the registers apply; each has rows in {@code legal_rule} with effective dates. */
public enum LegalRuleCode {
    DRUG_USE_MANAGEMENT_DURATION,
    ADDICTION_DETERMINATION_DEADLINE,
    VOLUNTARY_REHAB_REGISTRATION_DEADLINE,
    VOLUNTARY_REHAB_MIN,
    VOLUNTARY_REHAB_MAX,
    COMPULSORY_REHAB_ADULT_MIN,
    COMPULSORY_REHAB_ADULT_MAX,
    COMPULSORY_REHAB_MINOR_MIN,
    COMPULSORY_REHAB_MINOR_MAX,
    COMPULSORY_REHAB_MINOR_MIN_AGE,
    ADULT_AGE,
    POST_REHAB_MANAGEMENT_DURATION,
    /** Art. 256a (a): within the term of rehab or substitution treatment; the amount runs after its end. */
    PENAL_256A_IN_REHAB_OR_SUBSTITUTION,
    /** Art. 256a (b): within the term of post-rehab management; the amount runs after its end. */
    PENAL_256A_IN_POST_REHAB,
    /** Art. 256a (c): within the amount (2 years) from the end of post-rehab management. */
    PENAL_256A_AFTER_POST_REHAB,
    /** Art. 256a (d): within the amount (2 years) from quitting substitution treatment on one's own. */
    PENAL_256A_AFTER_QUITTING_SUBSTITUTION,
    /** Law 120/2025: presenting at the new commune after a change of residence (24 hours). */
    RESIDENCE_CHANGE_PRESENTATION_DEADLINE,
    /** Law 120/2025: electronic monitoring may be ordered; it ends at the latest the amount after its measure. */
    ELECTRONIC_MONITORING
}
