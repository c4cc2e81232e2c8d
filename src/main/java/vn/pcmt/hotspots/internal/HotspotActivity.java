package vn.pcmt.hotspots.internal;

/** What goes on at a hotspot. */
public enum HotspotActivity {
    /** Bán lẻ trái phép chất ma túy. */
    SELLING,
    /** Tổ chức sử dụng trái phép chất ma túy. */
    ORGANISING_USE,
    /** Chứa chấp việc sử dụng trái phép chất ma túy. */
    HARBOURING_USE;

    /** Organising or harbouring use: what Decision 28/2025 counts as places of use. */
    public boolean isPlaceOfUse() {
        return this != SELLING;
    }
}
