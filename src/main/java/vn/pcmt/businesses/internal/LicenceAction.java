package vn.pcmt.businesses.internal;

/** What may happen to a business's licence (certificate of security conditions). */
public enum LicenceAction {
    /** Tạm đình chỉ. */
    SUSPEND,
    /** Cho hoạt động trở lại sau tạm đình chỉ. */
    REINSTATE,
    /** Thu hồi. */
    REVOKE
}
