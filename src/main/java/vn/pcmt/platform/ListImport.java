package vn.pcmt.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import of a reference list from the columns of its template, in the template's order (ADR 048): every row
 * read, checked and written by the register's own service in one transaction, all or nothing — one problem anywhere
 * and nothing is written; the report names each problem by the sheet's row number and the column.
 */
public final class ListImport {

    private ListImport() {}

    /** A problem of one row: the sheet's row number (the header is row 1), the column's header, a message key. */
    public record Problem(int row, String column, String messageKey, Object[] arguments) {}

    /** What an import did: the rows read, the problems, the records written (zero whenever there is a problem). */
    public record Report(int rows, List<Problem> problems, int imported) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** A problem of one cell, thrown by {@link Cells}; the column is its header. */
    public static final class CellException extends RuntimeException {

        private final String column;
        private final String messageKey;

        CellException(String column, String messageKey) {
            super(messageKey + " " + column);
            this.column = column;
            this.messageKey = messageKey;
        }
    }

    private static final DateTimeFormatter DMY =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** The cells of one row, by the template's column index, with their header for the report. */
    public static final class Cells {

        private final List<String> headers;
        private final List<String> values;

        Cells(List<String> headers, List<String> values) {
            this.headers = headers;
            this.values = values;
        }

        /** The text of the cell, null when empty. */
        public String text(int column) {
            String v = column < values.size() ? values.get(column) : null;
            return v == null || v.isBlank() ? null : v.strip();
        }

        /** The text of a required cell. */
        public String required(int column) {
            String v = text(column);
            if (v == null) {
                throw new CellException(headers.get(column), "import.cell.required");
            }
            return v;
        }

        /** A date dd/MM/yyyy, null when empty. */
        public LocalDate date(int column) {
            String v = text(column);
            try {
                return v == null ? null : LocalDate.parse(v, DMY);
            } catch (DateTimeParseException e) {
                throw new CellException(headers.get(column), "import.cell.date");
            }
        }

        /** A whole number ≥ 0, null when empty. */
        public Integer count(int column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            String digits = v.replace(".", "").replace(",", "").replace(" ", "");
            if (!digits.matches("\\d{1,9}")) {
                throw new CellException(headers.get(column), "import.cell.number");
            }
            return Integer.valueOf(digits);
        }

        /** Yes or no ("có"/"x"/"1"/"yes"/"true" or "không"/"0"/"no"/"false"), null when empty. */
        public Boolean yesNo(int column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            return switch (v.toLowerCase(java.util.Locale.ROOT)) {
                case "có", "co", "x", "1", "yes", "true", "y" -> true;
                case "không", "khong", "0", "no", "false", "n" -> false;
                default -> throw new CellException(headers.get(column), "import.cell.yesNo");
            };
        }

        /** A value of {@code type} by its code, or by its label as {@code label} gives it, null when empty. */
        public <E extends Enum<E>> E choice(int column, Class<E> type, java.util.function.Function<E, String> label) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(v) || label.apply(e).equalsIgnoreCase(v)) {
                    return e;
                }
            }
            throw new CellException(headers.get(column), "import.cell.choice");
        }

        /** A problem of this cell, to throw. */
        public RuntimeException problem(int column, String messageKey) {
            return new CellException(headers.get(column), messageKey);
        }
    }

    /**
     * Reads every row of the table with {@code writer} (which checks the cells and records the row through the
     * register's service) in one transaction, rolled back when any row has a problem.
     *
     * @param headers the template's headers, in order (the sheet's columns are read by position)
     */
    public static Report run(
            TransactionTemplate transactions, Workbooks.Table table, List<String> headers, Consumer<Cells> writer) {
        List<Problem> problems = new ArrayList<>();
        if (table.headers().size() < headers.size()) {
            problems.add(new Problem(1, null, "import.list.columns", new Object[] {String.join(", ", headers)}));
            return new Report(table.rows().size(), problems, 0);
        }
        int[] written = {0};
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < table.rows().size(); i++) {
                List<String> row = table.rows().get(i);
                if (row == null) {
                    continue;
                }
                int number = i + 2;
                try {
                    writer.accept(new Cells(headers, row));
                    written[0]++;
                } catch (CellException e) {
                    problems.add(new Problem(number, e.column, e.messageKey, new Object[0]));
                } catch (RuleViolationException e) {
                    problems.add(new Problem(number, e.field().orElse(null), e.messageKey(), e.arguments()));
                } catch (AccessDeniedException e) {
                    throw e;
                } catch (NoSuchElementException e) {
                    problems.add(new Problem(number, null, "import.list.unknown", new Object[0]));
                } catch (RuntimeException e) {
                    // outside the jurisdiction, or a rule of the database
                    problems.add(new Problem(
                            number,
                            null,
                            e.getClass().getSimpleName().equals("OutsideJurisdictionException")
                                    ? "import.list.outside"
                                    : "import.list.invalid",
                            new Object[0]));
                }
            }
            if (!problems.isEmpty()) {
                status.setRollbackOnly();
            }
        });
        return new Report(table.rows().size(), problems, problems.isEmpty() ? written[0] : 0);
    }
}
