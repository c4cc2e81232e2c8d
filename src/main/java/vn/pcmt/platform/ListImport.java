package vn.pcmt.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import of a list from the columns of its template (ADR 048, ADR 052): the sheet's columns are found by their
 * headings — the template's heading in either language or a usual synonym, compared without diacritics, case or
 * punctuation, or a heading holding one of these names as whole words — in any order; a sheet whose headings name
 * none of them is read by position, as the template orders them. Every row is read, checked and written by the
 * register's own service in one transaction, all or nothing — one problem anywhere and nothing is written; the report
 * names each problem by the sheet's row number and the column.
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
        private final Object[] arguments;

        CellException(String column, String messageKey, Object... arguments) {
            super(messageKey + " " + column);
            this.column = column;
            this.messageKey = messageKey;
            this.arguments = arguments;
        }
    }

    /** Every problem of one row's cells, thrown by {@link Cells#checked}. */
    static final class RowProblems extends RuntimeException {

        private final List<CellException> problems;

        RowProblems(List<CellException> problems) {
            super(problems.size() + " problems");
            this.problems = problems;
        }
    }

    private static final DateTimeFormatter DMY =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** The cells of one row, by the template's column index, with their header for the report. */
    public static final class Cells {

        private final List<String> headers;
        private final List<String> values;
        private final List<CellException> found = new ArrayList<>();

        Cells(List<String> headers, List<String> values) {
            this.headers = headers;
            this.values = values;
        }

        /**
         * Reads a cell, keeping its problem (and giving null) instead of stopping at it, so that every problem of
         * the row is reported at once; {@link #checked()} then stops the row when there was one.
         */
        public <T> T read(java.util.function.Supplier<T> read) {
            try {
                return read.get();
            } catch (CellException e) {
                found.add(e);
                return null;
            }
        }

        /** Whether a cell read through {@link #read} had a problem. */
        public boolean failed() {
            return !found.isEmpty();
        }

        /** Stops the row with every problem {@link #read} kept, if any. */
        public void checked() {
            if (!found.isEmpty()) {
                throw new RowProblems(List.copyOf(found));
            }
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

        /** A problem of this cell with the message's arguments, to throw. */
        public RuntimeException problem(int column, String messageKey, Object... arguments) {
            return new CellException(headers.get(column), messageKey, arguments);
        }

        /** The cell's parts separated by commas, semicolons or new lines, each stripped; empty when empty. */
        public List<String> parts(int column, String separators) {
            String v = text(column);
            if (v == null) {
                return List.of();
            }
            return java.util.Arrays.stream(v.split(separators))
                    .map(String::strip)
                    .filter(x -> !x.isEmpty())
                    .toList();
        }
    }

    /**
     * Reads every row of the table with {@code writer} (which checks the cells and records the row through the
     * register's service) in one transaction, rolled back when any row has a problem.
     *
     * @param headers the template's headers, in order (the sheet's columns are found by these headings, else read by
     *     position)
     */
    public static Report run(
            TransactionTemplate transactions, Workbooks.Table table, List<String> headers, Consumer<Cells> writer) {
        return run(transactions, table, headers, List.of(), Map.of(), java.util.Set.of(), writer);
    }

    /**
     * As {@link #run(TransactionTemplate, Workbooks.Table, List, Consumer)}, with other names of each column (its
     * heading in the other language, synonyms; by the template's column index) and the column of each field a
     * register's rule may name ({@code fields}: form field → template column), so that its problem names the column,
     * and the columns a sheet may leave out ({@code optional}, read as empty; any other column missing is named before
     * any row is read).
     */
    public static Report run(
            TransactionTemplate transactions,
            Workbooks.Table table,
            List<String> headers,
            List<List<String>> otherNames,
            Map<String, Integer> fields,
            java.util.Set<Integer> optional,
            Consumer<Cells> writer) {
        List<Problem> problems = new ArrayList<>();
        int[] columns = columns(table.headers(), headers, otherNames);
        if (columns == null) {
            problems.add(new Problem(1, null, "import.list.columns", new Object[] {String.join(", ", headers)}));
            return new Report(table.rows().size(), problems, 0);
        }
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] < 0 && !optional.contains(c)) {
                missing.add(headers.get(c));
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new Problem(1, null, "import.list.missing", new Object[] {String.join("; ", missing)}));
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
                    List<String> ordered = new ArrayList<>(columns.length);
                    for (int column : columns) {
                        ordered.add(column >= 0 && column < row.size() ? row.get(column) : "");
                    }
                    writer.accept(new Cells(headers, ordered));
                    written[0]++;
                } catch (RowProblems e) {
                    e.problems.forEach(p -> problems.add(new Problem(number, p.column, p.messageKey, p.arguments)));
                } catch (CellException e) {
                    problems.add(new Problem(number, e.column, e.messageKey, e.arguments));
                } catch (RuleViolationException e) {
                    String column = e.field()
                            .map(f -> fields.containsKey(f) ? headers.get(fields.get(f)) : f)
                            .orElse(null);
                    problems.add(new Problem(number, column, e.messageKey(), e.arguments()));
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

    /**
     * The sheet's column of each template column, by heading; the template's order when no heading names any
     * column and the sheet is as wide as the template; null when it is narrower and names none; -1 for a column no
     * heading names.
     */
    static int[] columns(List<String> sheet, List<String> headers, List<List<String>> otherNames) {
        int[] columns = new int[headers.size()];
        java.util.Arrays.fill(columns, -1);
        record Match(int column, int sheetColumn, int score) {}
        List<Match> matches = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            List<String> names = new ArrayList<>();
            names.add(fold(headers.get(c)));
            if (c < otherNames.size()) {
                otherNames.get(c).forEach(n -> names.add(fold(n)));
            }
            for (int s = 0; s < sheet.size(); s++) {
                String heading = fold(sheet.get(s));
                if (heading.isEmpty()) {
                    continue;
                }
                int best = 0;
                for (String name : names) {
                    if (name.isEmpty()) {
                        continue;
                    }
                    if (heading.equals(name)) {
                        best = Math.max(best, 1000);
                    } else if ((" " + heading + " ").contains(" " + name + " ")) {
                        best = Math.max(best, 100 + name.length());
                    }
                }
                if (best > 0) {
                    matches.add(new Match(c, s, best));
                }
            }
        }
        matches.sort(java.util.Comparator.comparingInt(Match::score).reversed());
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        boolean any = false;
        for (Match m : matches) {
            if (columns[m.column()] < 0 && taken.add(m.sheetColumn())) {
                columns[m.column()] = m.sheetColumn();
                any = true;
            }
        }
        if (!any) {
            if (sheet.size() < headers.size()) {
                return null;
            }
            for (int c = 0; c < columns.length; c++) {
                columns[c] = c;
            }
        }
        return columns;
    }

    /** A heading without diacritics, case or punctuation: "Mã các xã (cách nhau…)" → "ma cac xa cach nhau". */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = java.text.Normalizer.normalize(
                        text.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd');
        return plain.replaceAll("[^a-z0-9]+", " ").strip();
    }
}
