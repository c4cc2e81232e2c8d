package vn.pcmt.outreach.internal;

/** The kinds of media of a province. */
public enum MediumKind {
    NEWSPAPER,
    RADIO,
    TV,
    /** Cổng, trang thông tin điện tử. */
    PORTAL,
    /** Trang mạng xã hội của cơ quan. */
    SOCIAL_PAGE
}
