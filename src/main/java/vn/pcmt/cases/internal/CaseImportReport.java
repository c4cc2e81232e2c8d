package vn.pcmt.cases.internal;

import java.util.List;

/**
 * What a case import found: the rows read, every problem of every row (row numbers as in the sheet), and how many
 * cases, suspects and seizures were written (zero whenever there is any problem: an import is all or nothing).
 */
public record CaseImportReport(int rows, List<RowProblem> problems, int cases, int suspects, int seizures) {

    /** A problem of one row: the sheet's row number, the column (or none), the message key with its arguments. */
    public record RowProblem(int row, CaseImportField field, String messageKey, Object[] arguments) {}

    public boolean ok() {
        return problems.isEmpty();
    }
}
