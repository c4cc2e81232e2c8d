package vn.pcmt.reports.internal;

/**
 * What can be done to a report. The name of an action is what its step records ({@code report_step.step}); writing
 * is not recorded as a step.
 */
public enum ReportAction {
    /** A reporter opens the report: it starts as a draft ({@link ReportStatus#initial()}). */
    OPEN,
    /** The reporter writes the narrative. */
    WRITE,
    /** The province's report is filled with the narrative of the accepted reports it gathers. */
    GATHER,
    /** The reporter sends it to the standing office. */
    SUBMIT,
    /** The standing office returns it with what to change. */
    RETURN,
    /** The standing office accepts it. */
    ACCEPT
}
