package vn.pcmt.businesses.internal;

/**
 * Where a business's licence stands, a workflow as a type (ADR 022): active → suspended → reinstated (active) or
 * revoked; active → revoked. A revoked licence is final: a new licence is a new business record.
 */
public enum LicenceStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED;

    public boolean allows(LicenceAction action) {
        return switch (this) {
            case ACTIVE -> action == LicenceAction.SUSPEND || action == LicenceAction.REVOKE;
            case SUSPENDED -> action == LicenceAction.REINSTATE || action == LicenceAction.REVOKE;
            case REVOKED -> false;
        };
    }

    /** The status after the action; refused when the action is not allowed here. */
    public LicenceStatus next(LicenceAction action) {
        if (!allows(action)) {
            throw new IllegalStateException(this + " does not allow " + action);
        }
        return switch (action) {
            case SUSPEND -> SUSPENDED;
            case REINSTATE -> ACTIVE;
            case REVOKE -> REVOKED;
        };
    }
}
