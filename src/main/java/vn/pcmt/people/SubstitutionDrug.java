package vn.pcmt.people;

public enum SubstitutionDrug {
    METHADONE,
    BUPRENORPHINE
}
