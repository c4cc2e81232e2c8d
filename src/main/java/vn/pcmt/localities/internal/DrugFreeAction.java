package vn.pcmt.localities.internal;

/**
 * What can be done to a commune's drug-free dossier. The name of an action is what its step records
 * ({@code drugfree_step.step}); attaching evidence is not recorded as a step.
 */
public enum DrugFreeAction {
    /** The commune enters the programme ({@link DrugFreeStatus#initial()}). */
    REGISTER,
    /** The commune assesses itself (again, after a return). */
    SELF_ASSESS,
    /** The commune attaches evidence to a manual criterion while preparing its dossier. */
    ATTACH,
    /** The commune sends its self-assessed dossier. */
    SUBMIT,
    /** The provincial police appraise the dossier: appraised when every criterion is met, returned otherwise. */
    APPRAISE,
    /** The decision recognising the commune. */
    RECOGNISE,
    /** The yearly re-assessment of a recognised commune. */
    REVIEW,
    /** The decision revoking the recognition. */
    REVOKE
}
