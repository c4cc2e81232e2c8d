package vn.pcmt.people;

/** Why an episode ended. */
public enum EndReason {
    COMPLETED,
    ADDICTED,
    IMPRISONED,
    COMPULSORY_MEASURE,
    MOVED,
    DIED,
    ABSCONDED,
    STOPPED,
    RELEASED,
    OTHER
}
