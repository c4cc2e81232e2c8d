package vn.pcmt.businesses.internal;

/** The kinds of business under security conditions the register keeps (reference data). */
public enum BusinessKind {
    /** Karaoke. */
    KARAOKE,
    /** Quán bar, vũ trường. */
    BAR_DANCE_HALL,
    /** Khách sạn, nhà nghỉ. */
    HOTEL_GUEST_HOUSE,
    /** Xoa bóp (massage). */
    MASSAGE,
    /** Cầm đồ. */
    PAWN_SHOP,
    /** Kinh doanh, sử dụng thuốc gây nghiện, thuốc hướng thần, tiền chất (được cấp phép). */
    CONTROLLED_SUBSTANCES
}
