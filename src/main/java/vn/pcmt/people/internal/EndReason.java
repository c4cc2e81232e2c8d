package vn.pcmt.people.internal;

/** Why an episode ended. */
public enum EndReason {
    COMPLETED,
    ADDICTED,
    IMPRISONED,
    COMPULSORY_MEASURE,
    MOVED,
    DIED,
    ABSCONDED,
    /** Stopped on medical grounds or by the facility (not by the person). */
    STOPPED,
    /** The person quit (substitution treatment, voluntary rehab) on their own: art. 256a (d) for substitution. */
    QUIT_ON_OWN,
    RELEASED,
    OTHER
}
