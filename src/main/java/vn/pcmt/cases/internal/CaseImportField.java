package vn.pcmt.cases.internal;

/**
 * The columns a case import can fill (ADR 045). The case columns are read from the first row of a case; the suspect
 * and seizure columns from every row of it, each row adding at most one suspect and one seizure.
 */
public enum CaseImportField {
    CASE_NUMBER(false, Part.CASE),
    DETECTED_ON(true, Part.CASE),
    COMMUNE_CODE(true, Part.CASE),
    AGENCY(true, Part.CASE),
    SUMMARY(true, Part.CASE),
    ARTICLES(true, Part.CASE),
    CYBERSPACE(false, Part.CASE),
    TRANSNATIONAL(false, Part.CASE),
    ORGANISED_RING(false, Part.CASE),
    KEY_ROUTE(false, Part.CASE),
    LATITUDE(false, Part.CASE),
    LONGITUDE(false, Part.CASE),
    OPENED_ON(false, Part.CASE),
    CHARGED_ON(false, Part.CASE),
    INDICTED_ON(false, Part.CASE),
    TRIED_ON(false, Part.CASE),
    MOBILE_TRIAL(false, Part.CASE),
    JUDGED_ON(false, Part.CASE),
    TRANSFERRED_ON(false, Part.CASE),
    SUSPENDED_ON(false, Part.CASE),
    STAGE(false, Part.CASE),
    NOTE(false, Part.CASE),
    SUSPECT_NAME(false, Part.SUSPECT),
    SUSPECT_SEX(false, Part.SUSPECT),
    SUSPECT_BIRTH_YEAR(false, Part.SUSPECT),
    SUSPECT_ID_NUMBER(false, Part.SUSPECT),
    SUSPECT_ROLE(false, Part.SUSPECT),
    SUSPECT_AGE_GROUP(false, Part.SUSPECT),
    SUSPECT_PRIOR_RECORD(false, Part.SUSPECT),
    SUSPECT_DRUG_USER(false, Part.SUSPECT),
    SUBSTANCE(false, Part.SEIZURE),
    QUANTITY(false, Part.SEIZURE),
    UNIT(false, Part.SEIZURE),
    OTHER_ITEMS(false, Part.SEIZURE);

    /** What a column describes: the case, a suspect of it, or a seizure of it. */
    public enum Part {
        CASE,
        SUSPECT,
        SEIZURE
    }

    private final boolean required;
    private final Part part;

    CaseImportField(boolean required, Part part) {
        this.required = required;
        this.part = part;
    }

    /** Whether the column must be mapped (and filled on the first row of each case). */
    public boolean required() {
        return required;
    }

    public Part part() {
        return part;
    }
}
