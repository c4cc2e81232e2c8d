package vn.pcmt.people.internal;

public enum SubstitutionDrug {
    METHADONE,
    BUPRENORPHINE
}
