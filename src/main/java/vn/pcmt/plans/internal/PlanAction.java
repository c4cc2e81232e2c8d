package vn.pcmt.plans.internal;

/** What can be done to a plan; {@link PlanStatus} says where each is allowed and where it leads. */
public enum PlanAction {
    /** Correct the header (number, title, issuer, dates, legal basis, objectives). */
    EDIT,
    /** Add, correct or remove a target, a task, a project or a reporting regime. */
    EDIT_CONTENT,
    /** Put a draft in force: its number, issuer and date of issue must be filled in. */
    ADOPT,
    /** Close a plan in force (its period is over, or it was withdrawn). */
    END,
    /** Replace a plan in force or ended by another plan of the province. */
    SUPERSEDE,
    /** Delete (softly) a plan that was never in force. */
    DELETE
}
