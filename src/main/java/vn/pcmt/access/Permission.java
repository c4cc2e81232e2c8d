package vn.pcmt.access;

/** What a role may do, granted as authorities of the same name. */
public enum Permission {
    USER_ADMIN,
    AUDIT_READ,
    AGENCY_EDIT,
    VILLAGE_EDIT,
    LEGAL_RULE_EDIT,
    PERSON_READ,
    PERSON_EDIT,
    PERSON_EXPORT,
    PERSON_MERGE,
    PERSON_ID_NUMBER_VISIBLE,
    /** Record, correct, eliminate and re-form hotspots. */
    HOTSPOT_EDIT,
    /** Record, correct, destroy and re-plant plots of illegal cultivation (commune police, standing office). */
    CULTIVATION_EDIT,
    /** Register businesses under security conditions, record inspections and licence measures. */
    BUSINESS_EDIT,
    /** Select key complex localities, enter commune figures, confirm a classification (standing office). */
    LOCALITY_EDIT,
    /** Register a commune in a drug-free programme, self-assess, submit its dossier (commune). */
    DRUGFREE_EDIT,
    /** Run drug-free programmes and criteria sets; appraise, recognise, revoke (provincial police). */
    DRUGFREE_APPRAISE,
    /** Enter, copy, import and change plans and their targets (standing office). */
    PLAN_EDIT,
    /** Report progress on the plan tasks of one's agency (departments) or of the province (standing office). */
    TASK_UPDATE,
    /** Write and submit the periodic reports of one's unit. */
    REPORT_EDIT,
    /** Enter manual figures (those of one's agency for a department) for units of one's jurisdiction. */
    FIGURE_ENTER,
    /** Define manual figures and accept or return the values entered (standing office). */
    FIGURE_REVIEW,
    /** Read drug crime cases, their suspects and seizures, and administrative violations on drugs. */
    CASE_READ,
    /** Record and correct cases, their stages, suspects and seizures, and administrative violations. */
    CASE_EDIT,
    /** Read the outreach registers: schools, industrial zones, media, outreach activities (ADR 038). */
    OUTREACH_READ,
    /** Record and correct schools, zones, media and outreach activities. */
    OUTREACH_EDIT,
    /** Read requests for legal aid (they may name a person of the register). */
    LEGAL_AID_READ,
    /** Record requests for legal aid, decide eligibility, record the service. */
    LEGAL_AID_EDIT,
    /** Read the facility register: rehab facilities, health stations, reception points, clinics (ADR 040). */
    FACILITY_READ,
    /** Record and correct facilities, their qualifications and the assessments of their legal conditions. */
    FACILITY_EDIT,
    /** Read substitution treatment episodes (they name people: with PERSON_READ, ADR 044). */
    SUBSTITUTION_READ,
    /** Record, stop, transfer and correct substitution treatment episodes. */
    SUBSTITUTION_EDIT,
    /** Admit people to a rehab facility, transfer them to another, discharge them (ADR 043). */
    PLACEMENT_EDIT,
    /** Record counselling sessions at one's station or clinic (ADR 053). */
    COUNSELLING_EDIT
}
