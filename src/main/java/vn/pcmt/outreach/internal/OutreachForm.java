package vn.pcmt.outreach.internal;

/** The forms an outreach activity takes (reference data); articles and broadcasts name a medium. */
public enum OutreachForm {
    /** Nói chuyện chuyên đề. */
    TALK,
    /** Hội nghị, tọa đàm. */
    CONFERENCE,
    /** Loa truyền thanh. */
    LOUDSPEAKER,
    /** Tin, bài trên báo, cổng thông tin. */
    ARTICLE,
    /** Phóng sự, chương trình phát thanh, truyền hình. */
    BROADCAST,
    /** Bài đăng mạng xã hội. */
    SOCIAL_MEDIA,
    /** Cuộc thi. */
    CONTEST,
    /** Tờ rơi, pano, áp phích. */
    LEAFLET,
    OTHER;

    /** Whether the activity is an article or a broadcast (NB1 counts them, each year against the year before). */
    public boolean published() {
        return this == ARTICLE || this == BROADCAST;
    }
}
