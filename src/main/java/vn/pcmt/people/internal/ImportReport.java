package vn.pcmt.people.internal;

import java.util.List;

/**
 * What an import found: the rows read, the problems per row (row numbers as in the sheet), and how many people
 * were written (zero whenever there is any problem: an import is all or nothing).
 */
public record ImportReport(int rows, List<RowProblem> problems, List<RowProblem> warnings, int imported) {

    /** A problem of one row: the sheet's row number, the column, and the message key with its arguments. */
    public record RowProblem(int row, ImportField field, String messageKey, Object[] arguments) {}

    public boolean ok() {
        return problems.isEmpty();
    }
}
