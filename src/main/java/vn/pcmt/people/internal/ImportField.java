package vn.pcmt.people.internal;

/** The columns an import can fill; each maps to one column of the uploaded sheet. */
public enum ImportField {
    FULL_NAME(true),
    ALIASES(false),
    DATE_OF_BIRTH(false),
    BIRTH_YEAR(false),
    SEX(true),
    ID_NUMBER(false),
    OLD_ID_NUMBER(false),
    ETHNICITY(false),
    OCCUPATION(false),
    RESIDENCE_COMMUNE_CODE(true),
    RESIDENCE_ADDRESS(false),
    RESIDENCE_FROM(false),
    PERMANENT_ADDRESS(false),
    FAMILY_CONTACT(false),
    OFFICER(false);

    private final boolean required;

    ImportField(boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }
}
