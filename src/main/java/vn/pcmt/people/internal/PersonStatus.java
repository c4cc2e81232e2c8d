package vn.pcmt.people.internal;

/**
 * What a person is on a date, derived from the episodes by one SQL definition ({@code Classification}). A person
 * may be several at once (an addict in substitution treatment under management).
 */
public enum PersonStatus {
    /** A drug-use management episode runs. */
    UNDER_MANAGEMENT,
    /** The latest determination on or before the date says addicted, and no rehab completed since. */
    ADDICT,
    /** An addict who is also under a measure (management, rehab, post-rehab, substitution or prison). */
    ADDICT_WITH_RECORD,
    /** An addict under no measure. */
    ADDICT_WITHOUT_RECORD,
    /** A rehab episode runs (any form). */
    IN_REHAB,
    IN_REHAB_VOLUNTARY_HOME,
    IN_REHAB_VOLUNTARY_COMMUNITY,
    IN_REHAB_VOLUNTARY_FACILITY,
    IN_REHAB_COMPULSORY_ADULT,
    IN_REHAB_COMPULSORY_MINOR,
    IN_REHAB_COMMUNE_EDUCATION,
    /** Post-rehab management runs. */
    AFTER_REHAB,
    /** Substitution treatment runs. */
    IN_SUBSTITUTION,
    IN_PRISON,
    /** Flagged with psychosis after synthetic drugs. */
    HIGH_RISK,
    WANTED,
    RELAPSE
}
