package vn.pcmt.people.internal;

import java.util.EnumSet;
import java.util.Set;
import vn.pcmt.platform.RuleViolationException;

/**
 * Where a move between communes stands, and where each {@link TransferAction} takes it: a pending move is accepted,
 * rejected or cancelled once; a pending or accepted one records the day the person presented at the new commune.
 */
public enum TransferStatus {
    PENDING,
    ACCEPTED,
    REJECTED,
    CANCELLED;

    /** Where a requested move starts. */
    public static TransferStatus initial() {
        return PENDING;
    }

    /** The statuses of moves whose person may still present at the new commune (pending or accepted). */
    public static Set<TransferStatus> awaitingPresentation() {
        return EnumSet.of(PENDING, ACCEPTED);
    }

    /** Whether the action is allowed here. */
    public boolean allows(TransferAction action) {
        return switch (action) {
            case ACCEPT, REJECT, CANCEL -> this == PENDING;
            case PRESENT -> awaitingPresentation().contains(this);
        };
    }

    /** Refuses the action when it is not allowed here: {@code transfer.notPending} (the request was dealt with). */
    public void check(TransferAction action) {
        if (!allows(action)) {
            throw new RuleViolationException("transfer.notPending");
        }
    }

    /** The status after the action (refused as {@link #check} does). */
    public TransferStatus next(TransferAction action) {
        check(action);
        return switch (action) {
            case ACCEPT -> ACCEPTED;
            case REJECT -> REJECTED;
            case CANCEL -> CANCELLED;
            case PRESENT -> this;
        };
    }
}
