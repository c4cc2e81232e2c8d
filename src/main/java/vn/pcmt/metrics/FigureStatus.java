package vn.pcmt.metrics;

import vn.pcmt.metrics.internal.FigureAction;
import vn.pcmt.platform.RuleViolationException;

/**
 * Where an entered figure stands: waiting for review, sent back for correction, or accepted (it counts); and where
 * each {@link FigureAction} takes it. Only a figure waiting for review is reviewed; a corrected one always waits again.
 */
public enum FigureStatus {
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    /** Where an entered figure starts. */
    public static FigureStatus initial() {
        return SUBMITTED;
    }

    /** Whether the action is allowed here. */
    public boolean allows(FigureAction action) {
        return switch (action) {
            case CORRECT -> true;
            case ACCEPT, RETURN -> this == SUBMITTED;
        };
    }

    /** Whether the standing office may review the figure here (accept or return it): what its page offers. */
    public boolean reviewable() {
        return allows(FigureAction.ACCEPT) && allows(FigureAction.RETURN);
    }

    /** Refuses the action when it is not allowed here: {@code figure.review.notSubmitted}. */
    public void check(FigureAction action) {
        if (!allows(action)) {
            throw new RuleViolationException("figure.review.notSubmitted");
        }
    }

    /** The status after the action (refused as {@link #check} does). */
    public FigureStatus next(FigureAction action) {
        check(action);
        return switch (action) {
            case CORRECT -> SUBMITTED;
            case ACCEPT -> ACCEPTED;
            case RETURN -> RETURNED;
        };
    }

    /** The review the standing office gives: accepted or returned. */
    public static FigureAction review(boolean accept) {
        return accept ? FigureAction.ACCEPT : FigureAction.RETURN;
    }
}
