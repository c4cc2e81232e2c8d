package vn.pcmt.businesses.internal;

/** What an inspection may find (the checklist of the inspection form). */
public enum Violation {
    /** Có người sử dụng trái phép chất ma túy tại cơ sở. */
    DRUG_USE_ON_PREMISES,
    /** Phát hiện chất ma túy, dụng cụ sử dụng ma túy. */
    DRUGS_OR_PARAPHERNALIA_FOUND,
    /** Không có sổ đăng ký khách lưu trú / sổ theo dõi. */
    NO_GUEST_REGISTER,
    /** Không thông báo lưu trú. */
    RESIDENCE_NOT_DECLARED,
    /** Không có hoặc hết hạn giấy chứng nhận đủ điều kiện về an ninh, trật tự. */
    NO_VALID_LICENCE,
    /** Không bảo đảm điều kiện về phòng cháy, an ninh, trật tự khác. */
    CONDITIONS_NOT_MET,
    /** Hoạt động quá giờ quy định. */
    OUTSIDE_HOURS,
    /** Vi phạm khác (ghi trong kết quả). */
    OTHER
}
