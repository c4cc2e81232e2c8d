package vn.pcmt.cases.internal;

import vn.pcmt.platform.RuleViolationException;

/**
 * Where a case stands (ADR 022): detected → opened (khởi tố vụ án) → charged → indicted → tried → judged; a case
 * detected or opened may be transferred, an opened or charged one suspended. Transferred, suspended and judged cases
 * take no further action.
 */
public enum CaseStage {
    DETECTED,
    OPENED,
    CHARGED,
    INDICTED,
    TRIED,
    JUDGED,
    TRANSFERRED,
    SUSPENDED;

    /** Where a case starts. */
    public static CaseStage initial() {
        return DETECTED;
    }

    /** Whether the action is allowed at this stage. */
    public boolean allows(CaseAction action) {
        return switch (action) {
            case OPEN -> this == DETECTED;
            case CHARGE -> this == OPENED;
            case INDICT -> this == CHARGED;
            case TRY -> this == INDICTED;
            case JUDGE -> this == TRIED;
            case TRANSFER -> this == DETECTED || this == OPENED;
            case SUSPEND -> this == OPENED || this == CHARGED;
        };
    }

    /** Refuses the action when it is not allowed here: {@code case.stage.notAllowed}. */
    public void check(CaseAction action) {
        if (!allows(action)) {
            throw new RuleViolationException("case.stage.notAllowed");
        }
    }

    /** The stage after the action (refused as {@link #check} does). */
    public CaseStage next(CaseAction action) {
        check(action);
        return switch (action) {
            case OPEN -> OPENED;
            case CHARGE -> CHARGED;
            case INDICT -> INDICTED;
            case TRY -> TRIED;
            case JUDGE -> JUDGED;
            case TRANSFER -> TRANSFERRED;
            case SUSPEND -> SUSPENDED;
        };
    }
}
