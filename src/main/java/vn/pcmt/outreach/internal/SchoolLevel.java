package vn.pcmt.outreach.internal;

/** The levels of a school (reference data of the education system). */
public enum SchoolLevel {
    /** Mầm non. */
    PRESCHOOL,
    /** Tiểu học. */
    PRIMARY,
    /** Trung học cơ sở. */
    LOWER_SECONDARY,
    /** Trung học phổ thông. */
    UPPER_SECONDARY,
    /** Giáo dục nghề nghiệp. */
    VOCATIONAL,
    /** Cao đẳng, đại học. */
    UNIVERSITY
}
