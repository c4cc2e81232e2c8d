package vn.pcmt.geo.internal;

/** Kinds of village-level places under a commune. */
public enum VillageKind {
    THON,
    LANG,
    BAN,
    AP,
    TO_DAN_PHO,
    KHU_PHO,
    KHOM,
    KHAC
}
