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
    PERSON_ID_NUMBER_VISIBLE
}
