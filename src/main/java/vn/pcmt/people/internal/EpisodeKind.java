package vn.pcmt.people.internal;

/** Kinds of legal episodes in a person's record. */
public enum EpisodeKind {
    /** Quản lý người sử dụng trái phép chất ma túy. */
    DRUG_USE_MANAGEMENT,
    /** Xác định tình trạng nghiện: from request (start) to result (end). */
    ADDICTION_DETERMINATION,
    /** Cai nghiện, in one of the {@link RehabForm}s. */
    REHAB,
    /** Quản lý sau cai nghiện. */
    POST_REHAB_MANAGEMENT,
    /** Điều trị thay thế (Methadone, Buprenorphine). */
    SUBSTITUTION_TREATMENT,
    /** Chấp hành án phạt tù về ma túy, until release. */
    PRISON,
    /** A flag over a period: wanted, psychosis after synthetic drugs (high risk), relapse. */
    FLAG,
    /**
     * Giám sát điện tử (Law 120/2025, from 1/7/2026): ordered by the head of commune police for a person in voluntary
     * home or community rehab, substitution treatment or post-rehab management.
     */
    ELECTRONIC_MONITORING
}
