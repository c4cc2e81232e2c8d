package vn.pcmt.substitution.internal;

import vn.pcmt.people.SubstitutionTreatments.Ending;

/** Why a treatment episode stopped (the column's check lists the same values). */
public enum StopReason {
    COMPLETED,
    /** Quit on their own: opens art. 256a (d) for 2 years. */
    QUIT,
    /** Expelled by the clinic. */
    EXPELLED,
    /** Moved to another clinic: the course goes on there (only through a transfer). */
    TRANSFERRED,
    DIED,
    /** Imprisoned or sent to compulsory rehab. */
    DETAINED;

    /** How the person's legal record ends the course; none for a transfer (the course goes on). */
    Ending ending() {
        return switch (this) {
            case COMPLETED -> Ending.COMPLETED;
            case QUIT -> Ending.QUIT_ON_OWN;
            case EXPELLED -> Ending.STOPPED;
            case DIED -> Ending.DIED;
            case DETAINED -> Ending.DETAINED;
            case TRANSFERRED -> throw new IllegalStateException("a transfer does not end the course");
        };
    }
}
