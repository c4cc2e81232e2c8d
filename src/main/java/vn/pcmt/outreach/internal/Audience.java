package vn.pcmt.outreach.internal;

/** Whom an outreach activity is for. */
public enum Audience {
    /** Học sinh, sinh viên. */
    STUDENTS,
    /** Công nhân, người lao động. */
    WORKERS,
    /** Thôn, bản đồng bào dân tộc thiểu số. */
    ETHNIC_MINORITY_VILLAGES,
    /** Gia đình người nghiện, người sử dụng trái phép chất ma túy. */
    FAMILIES_OF_USERS,
    /** Nhân dân nói chung. */
    GENERAL
}
