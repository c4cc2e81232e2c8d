package vn.pcmt.access;

import static vn.pcmt.access.JurisdictionLevel.COMMUNE;
import static vn.pcmt.access.JurisdictionLevel.FACILITY;
import static vn.pcmt.access.JurisdictionLevel.NATIONAL;
import static vn.pcmt.access.JurisdictionLevel.PROVINCE;

import java.util.EnumSet;
import java.util.Set;

/** The roles (docs/architecture.md, "Access, roles and the audit trail"): what each may do, at which level. */
public enum Role {
    COMMUNE_POLICE(
            EnumSet.of(COMMUNE),
            EnumSet.of(
                    Permission.VILLAGE_EDIT,
                    Permission.PERSON_READ,
                    Permission.PERSON_EDIT,
                    Permission.PERSON_EXPORT,
                    Permission.PERSON_ID_NUMBER_VISIBLE,
                    Permission.HOTSPOT_EDIT,
                    Permission.CASE_READ,
                    Permission.CASE_EDIT,
                    Permission.CULTIVATION_EDIT,
                    Permission.BUSINESS_EDIT,
                    Permission.OUTREACH_READ,
                    Permission.OUTREACH_EDIT,
                    Permission.LEGAL_AID_READ,
                    Permission.LEGAL_AID_EDIT,
                    Permission.FACILITY_READ,
                    Permission.SUBSTITUTION_READ,
                    Permission.DRUGFREE_EDIT,
                    Permission.REPORT_EDIT,
                    Permission.TASK_UPDATE,
                    Permission.FIGURE_ENTER)),
    COMMUNE_COMMITTEE(
            EnumSet.of(COMMUNE),
            EnumSet.of(
                    Permission.VILLAGE_EDIT,
                    Permission.PERSON_READ,
                    Permission.OUTREACH_READ,
                    Permission.OUTREACH_EDIT,
                    Permission.LEGAL_AID_READ,
                    Permission.LEGAL_AID_EDIT,
                    Permission.FACILITY_READ,
                    Permission.DRUGFREE_EDIT,
                    Permission.REPORT_EDIT,
                    Permission.TASK_UPDATE,
                    Permission.FIGURE_ENTER)),
    HEALTH_WORKER(
            EnumSet.of(COMMUNE, PROVINCE),
            EnumSet.of(
                    Permission.PERSON_READ,
                    Permission.PERSON_EDIT,
                    Permission.FACILITY_READ,
                    Permission.FACILITY_EDIT,
                    Permission.SUBSTITUTION_READ,
                    Permission.SUBSTITUTION_EDIT,
                    Permission.COUNSELLING_EDIT)),
    /**
     * Staff of a rehab facility (ADR 043): their jurisdiction is the facility; they see the people placed there, record
     * admissions, transfers and discharges, read their facility and write its reports.
     */
    REHAB_FACILITY_STAFF(
            EnumSet.of(FACILITY),
            EnumSet.of(
                    Permission.PERSON_READ,
                    Permission.PLACEMENT_EDIT,
                    Permission.FACILITY_READ,
                    Permission.REPORT_EDIT)),
    /**
     * Health workers of a substitution treatment clinic (ADR 053): their jurisdiction is the clinic; they see the
     * clinic's patients (in treatment there today, or whose treatment there they recorded), record, stop, transfer
     * and correct their treatment, read their clinic; nothing else personal.
     */
    SUBSTITUTION_CLINIC_STAFF(
            EnumSet.of(FACILITY),
            EnumSet.of(
                    Permission.PERSON_READ,
                    Permission.SUBSTITUTION_READ,
                    Permission.SUBSTITUTION_EDIT,
                    Permission.COUNSELLING_EDIT,
                    Permission.FACILITY_READ)),
    /** Sees counts of people, never names. */
    DEPARTMENT_REPORTER(
            EnumSet.of(PROVINCE),
            EnumSet.of(
                    Permission.TASK_UPDATE,
                    Permission.FIGURE_ENTER,
                    Permission.REPORT_EDIT,
                    Permission.OUTREACH_READ,
                    Permission.OUTREACH_EDIT)),
    PROVINCIAL_OFFICE(
            EnumSet.of(PROVINCE),
            EnumSet.of(
                    Permission.VILLAGE_EDIT,
                    Permission.AGENCY_EDIT,
                    Permission.PERSON_READ,
                    Permission.PERSON_EDIT,
                    Permission.PERSON_EXPORT,
                    Permission.PERSON_MERGE,
                    Permission.PERSON_ID_NUMBER_VISIBLE,
                    Permission.HOTSPOT_EDIT,
                    Permission.CASE_READ,
                    Permission.CULTIVATION_EDIT,
                    Permission.BUSINESS_EDIT,
                    Permission.OUTREACH_READ,
                    Permission.OUTREACH_EDIT,
                    Permission.LEGAL_AID_READ,
                    Permission.LEGAL_AID_EDIT,
                    Permission.FACILITY_READ,
                    Permission.FACILITY_EDIT,
                    Permission.SUBSTITUTION_READ,
                    Permission.SUBSTITUTION_EDIT,
                    Permission.PLACEMENT_EDIT,
                    Permission.COUNSELLING_EDIT,
                    Permission.LOCALITY_EDIT,
                    Permission.DRUGFREE_APPRAISE,
                    Permission.PLAN_EDIT,
                    Permission.TASK_UPDATE,
                    Permission.REPORT_EDIT,
                    Permission.FIGURE_ENTER,
                    Permission.FIGURE_REVIEW)),
    /**
     * Provincial drug crime police, border guard or customs officers: record and follow drug crime cases anywhere in
     * the province (ADR 032).
     */
    DRUG_CRIME_POLICE(EnumSet.of(PROVINCE), EnumSet.of(Permission.CASE_READ, Permission.CASE_EDIT)),
    /** Reads dashboards and counts, not personal records. */
    PROVINCIAL_LEADER(EnumSet.of(PROVINCE), EnumSet.noneOf(Permission.class)),
    /** Manages users, reference data and rules; reads no personal record. */
    SYSTEM_ADMIN(
            EnumSet.of(NATIONAL, PROVINCE),
            EnumSet.of(
                    Permission.USER_ADMIN,
                    Permission.AUDIT_READ,
                    Permission.AGENCY_EDIT,
                    Permission.VILLAGE_EDIT,
                    Permission.LEGAL_RULE_EDIT));

    private final Set<JurisdictionLevel> levels;
    private final Set<Permission> permissions;

    Role(Set<JurisdictionLevel> levels, Set<Permission> permissions) {
        this.levels = levels;
        this.permissions = permissions;
    }

    public Set<JurisdictionLevel> levels() {
        return EnumSet.copyOf(levels);
    }

    public Set<Permission> permissions() {
        return permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
    }

    public boolean requiresAgency() {
        return this == DEPARTMENT_REPORTER;
    }

    /** Whether the role's jurisdiction is a facility rather than a unit (ADR 043). */
    public boolean facilityScoped() {
        return levels.contains(FACILITY);
    }
}
