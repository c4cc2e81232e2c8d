package vn.pcmt.localities.internal;

import vn.pcmt.platform.RuleViolationException;

/**
 * Where a commune stands in a drug-free programme, and where each {@link DrugFreeAction} takes it: registered,
 * self-assessed (again after a return), submitted, appraised (or returned), recognised (reviewed yearly), revoked.
 */
public enum DrugFreeStatus {
    REGISTERED,
    SELF_ASSESSED,
    SUBMITTED,
    /** The appraisal found criteria not met: the commune works on them and assesses itself again. */
    RETURNED,
    APPRAISED,
    RECOGNISED,
    REVOKED;

    /** Where a registered commune starts. */
    public static DrugFreeStatus initial() {
        return REGISTERED;
    }

    /** Whether the commune is preparing its dossier (it may assess itself and attach evidence). */
    public boolean isPreparing() {
        return this == REGISTERED || this == SELF_ASSESSED || this == RETURNED;
    }

    /** Whether the action is allowed here. */
    public boolean allows(DrugFreeAction action) {
        return switch (action) {
            case REGISTER -> false;
            case SELF_ASSESS, ATTACH -> isPreparing();
            case SUBMIT -> this == SELF_ASSESSED;
            case APPRAISE -> this == SUBMITTED;
            case RECOGNISE -> this == APPRAISED;
            case REVIEW, REVOKE -> this == RECOGNISED;
        };
    }

    /**
     * Refuses the action when it is not allowed here: {@code drugfree.step.notAllowed} naming this status.
     *
     * @throws IllegalArgumentException for {@link DrugFreeAction#REGISTER}, which starts a dossier
     */
    public void check(DrugFreeAction action) {
        if (action == DrugFreeAction.REGISTER) {
            throw new IllegalArgumentException("a commune registers once, as " + initial());
        }
        if (!allows(action)) {
            throw new RuleViolationException("drugfree.step.notAllowed", name());
        }
    }

    /**
     * The status after the action (refused as {@link #check} does).
     *
     * @throws IllegalArgumentException for {@link DrugFreeAction#REGISTER}, and for {@link DrugFreeAction#APPRAISE}
     *     whose outcome depends on the criteria ({@link #appraised})
     */
    public DrugFreeStatus next(DrugFreeAction action) {
        check(action);
        return switch (action) {
            case SELF_ASSESS -> SELF_ASSESSED;
            case ATTACH, REVIEW -> this;
            case SUBMIT -> SUBMITTED;
            case RECOGNISE -> RECOGNISED;
            case REVOKE -> REVOKED;
            case APPRAISE -> throw new IllegalArgumentException("an appraisal's outcome depends on the criteria");
            case REGISTER -> throw new IllegalStateException();
        };
    }

    /** The status after an appraisal: appraised when every criterion is met, returned to the commune otherwise. */
    public DrugFreeStatus appraised(boolean allMet) {
        check(DrugFreeAction.APPRAISE);
        return allMet ? APPRAISED : RETURNED;
    }
}
