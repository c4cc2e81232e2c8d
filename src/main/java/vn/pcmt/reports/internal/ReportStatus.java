package vn.pcmt.reports.internal;

import vn.pcmt.platform.RuleViolationException;

/**
 * Where a report stands, and where each {@link ReportAction} takes it: a draft or a returned report is written,
 * gathered into and submitted; a submitted one is returned or accepted; an accepted one is final.
 */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    /** Where an opened report starts. */
    public static ReportStatus initial() {
        return DRAFT;
    }

    /** Whether the reporter may still change it (write, gather, submit). */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /**
     * The status after the action, or a {@link RuleViolationException} when the action is not allowed here:
     * {@code report.notEditable} for the reporter's actions, {@code report.notSubmitted} for the office's.
     *
     * @throws IllegalArgumentException for {@link ReportAction#OPEN}, which starts a report rather than moving one
     */
    public ReportStatus next(ReportAction action) {
        return switch (action) {
            case OPEN -> throw new IllegalArgumentException("a report is opened once, as " + initial());
            case WRITE, GATHER -> {
                requireEditable();
                yield this;
            }
            case SUBMIT -> {
                requireEditable();
                yield SUBMITTED;
            }
            case RETURN -> {
                requireSubmitted();
                yield RETURNED;
            }
            case ACCEPT -> {
                requireSubmitted();
                yield ACCEPTED;
            }
        };
    }

    /** Whether the action is allowed here. */
    public boolean allows(ReportAction action) {
        return switch (action) {
            case OPEN -> false;
            case WRITE, GATHER, SUBMIT -> isEditable();
            case RETURN, ACCEPT -> this == SUBMITTED;
        };
    }

    private void requireEditable() {
        if (!isEditable()) {
            throw new RuleViolationException("report.notEditable");
        }
    }

    private void requireSubmitted() {
        if (this != SUBMITTED) {
            throw new RuleViolationException("report.notSubmitted");
        }
    }
}
