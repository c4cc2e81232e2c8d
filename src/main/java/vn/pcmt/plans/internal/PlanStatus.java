package vn.pcmt.plans.internal;

import vn.pcmt.platform.RuleViolationException;

/**
 * Where a plan stands (ADR 022, ADR 023): a draft is being entered and may be deleted; a plan in force is the one
 * the province works to; an ended plan is closed; a superseded plan was replaced by another plan. The header and the
 * content of a draft, of a plan in force and of an ended plan can be corrected (every correction is kept in the
 * history); a superseded plan is frozen: the plan that replaced it is the one to correct.
 */
public enum PlanStatus {
    DRAFT,
    IN_FORCE,
    ENDED,
    SUPERSEDED;

    /** Where a plan entered on a page, copied or imported starts. */
    public static PlanStatus initial() {
        return DRAFT;
    }

    public boolean allows(PlanAction action) {
        return switch (action) {
            case EDIT, EDIT_CONTENT -> this != SUPERSEDED;
            case ADOPT, DELETE -> this == DRAFT;
            case END -> this == IN_FORCE;
            case SUPERSEDE -> this == IN_FORCE || this == ENDED;
        };
    }

    /** Refuses the action where it is not allowed: {@code plan.lifecycle.notAllowed.<action>} naming the status. */
    public void check(PlanAction action) {
        if (!allows(action)) {
            throw new RuleViolationException(
                    java.util.Map.of("status", name(), "action", action.name()),
                    "plan.lifecycle.notAllowed." + action.name(),
                    name());
        }
    }

    /** The status after the action (checked first). */
    public PlanStatus next(PlanAction action) {
        check(action);
        return switch (action) {
            case EDIT, EDIT_CONTENT, DELETE -> this;
            case ADOPT -> IN_FORCE;
            case END -> ENDED;
            case SUPERSEDE -> SUPERSEDED;
        };
    }
}
