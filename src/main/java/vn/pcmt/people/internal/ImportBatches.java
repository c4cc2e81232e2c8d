package vn.pcmt.people.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.pcmt.audit.AccessEventKind;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.people.internal.ImportReport.RowProblem;
import vn.pcmt.platform.Workbooks;
import vn.pcmt.text.VietnameseText;

/**
 * One run of {@link PersonImport}: the rows streamed from the file, checked and written {@value #SIZE} at a time, and
 * what the run must remember across batches — the file's identification numbers and names with births (repeats
 * within the file), the communes looked up, the ids written (so that a row is not taken for a duplicate of a row of
 * the same file written by an earlier batch).
 */
final class ImportBatches {

    static final int SIZE = 1000;

    private final PersonImport imports;
    private final ImportWriter writer;
    private final Map<ImportField, Integer> mapping;
    private final ImportProgress progress;
    private final List<RowProblem> problems;
    private final List<RowProblem> warnings;

    private final List<Integer> numbers = new ArrayList<>(SIZE);
    private final List<List<String>> cells = new ArrayList<>(SIZE);
    private final Map<String, Integer> idNumbers = new HashMap<>();
    private final Map<String, Integer> namesAndBirths = new HashMap<>();
    private final Map<String, Object> communes = new HashMap<>();
    private final Set<Long> ours = new HashSet<>();
    private String jurisdiction;
    private String username;
    private Long revision;
    private int headerRow = 1;
    private int rows;
    private int read;
    private int checked;
    private int written;

    ImportBatches(
            PersonImport imports,
            Map<ImportField, Integer> mapping,
            ImportProgress progress,
            List<RowProblem> problems,
            List<RowProblem> warnings) {
        this.imports = imports;
        this.writer = imports.writer;
        this.mapping = mapping;
        this.progress = progress;
        this.problems = problems;
        this.warnings = warnings;
    }

    /** The rows the sheet has below its headers (up to its last row with a value). */
    int rows() {
        return rows;
    }

    int written() {
        return written;
    }

    /** Reads, checks and (while no row has a problem) writes every row of the file. */
    void readAll(byte[] file) throws IOException {
        jurisdiction = imports.people().jurisdictionCondition();
        username = writer.officer.username();
        Workbooks.stream(file, new Workbooks.Rows() {
            @Override
            public void headers(List<String> headers, int rowNumber) {
                headerRow = rowNumber;
            }

            @Override
            public void row(int rowNumber, List<String> values) {
                rows = rowNumber - headerRow;
                if (rows > PersonImport.MAX_ROWS) {
                    problems.add(new RowProblem(1, null, "import.tooMany", new Object[] {PersonImport.MAX_ROWS}));
                    throw new Workbooks.Stop();
                }
                read++;
                numbers.add(rowNumber);
                cells.add(values);
                if (numbers.size() == SIZE) {
                    batch();
                }
            }
        });
        batch();
        progress.read(read);
    }

    private void batch() {
        progress.read(read);
        if (numbers.isEmpty()) {
            return;
        }
        List<ImportWriter.Checked> ready = new ArrayList<>(numbers.size());
        for (int i = 0; i < numbers.size(); i++) {
            ImportWriter.Checked row = checkRow(numbers.get(i), cells.get(i));
            if (row != null) {
                ready.add(row);
            }
        }
        ready = checkIdNumbers(ready);
        checkNamesAndBirths(ready);

        checked += numbers.size();
        progress.checked(checked);
        numbers.clear();
        cells.clear();
        if (!problems.isEmpty()) {
            progress.stopWriting();
            return;
        }
        if (revision == null) {
            revision = writer.revision();
        }
        ours.addAll(writer.insert(ready, revision));
        written += ready.size();
        progress.written(written);
    }

    /**
     * The checks a row answers alone, in the order {@link PersonService#check} asks them: its values and the form's
     * checks, its commune, a number repeated in the file, the birth, the duplicate checks' limit, the number's form.
     */
    private ImportWriter.Checked checkRow(int row, List<String> values) {
        int before = problems.size();
        PersonForm form = imports.form(values, mapping, row, problems);
        if (form.idNumber() != null && !form.idNumber().isBlank()) {
            Integer first = idNumbers.putIfAbsent(form.idNumber(), row);
            if (first != null) {
                problems.add(
                        new RowProblem(row, ImportField.ID_NUMBER, "import.idNumber.repeated", new Object[] {first}));
            }
        }
        AdminUnit commune = imports.checkRow(form, row, problems, before, communes);
        if (commune == null || problems.size() > before) {
            return null;
        }
        String rule = null;
        if (!form.hasBirth()) {
            rule = "person.birth.required";
        } else if (form.dateOfBirth() != null
                && form.birthYear() != null
                && form.dateOfBirth().getYear() != form.birthYear()) {
            rule = "person.birth.mismatch";
        } else if (writer.probes.exhausted(username)) {
            rule = "person.duplicate.throttled";
        } else if (!form.idNumber().isBlank()) {
            rule = IdNumber.problem(
                            form.idNumber().strip(),
                            form.sex(),
                            form.effectiveBirthYear(),
                            imports.people().provinceCodesOfBirth())
                    .orElse(null);
        }
        if (rule != null) {
            problems.add(new RowProblem(row, null, rule, new Object[] {}));
            return null;
        }
        return new ImportWriter.Checked(row, form, commune);
    }

    /** The rows whose number no active record holds; the others are problems, as {@link PersonService#check} says. */
    private List<ImportWriter.Checked> checkIdNumbers(List<ImportWriter.Checked> rows) {
        Map<String, List<PersonQueries.Match>> held = writer.withIdNumbers(
                rows.stream()
                        .map(c -> c.form().idNumber().strip())
                        .filter(n -> !n.isEmpty())
                        .collect(Collectors.toCollection(HashSet::new)),
                jurisdiction);
        if (held.isEmpty()) {
            return rows;
        }
        List<ImportWriter.Checked> free = new ArrayList<>(rows.size());
        for (ImportWriter.Checked c : rows) {
            List<PersonQueries.Match> same = held.get(c.form().idNumber().strip());
            if (same == null) {
                free.add(c);
                continue;
            }
            PersonQueries.Match inside = same.stream()
                    .filter(PersonQueries.Match::inside)
                    .findFirst()
                    .orElse(null);
            if (inside != null) {
                problems.add(new RowProblem(c.row(), null, "person.idNumber.duplicate", new Object[] {inside.id()}));
            } else {
                writer.probes.found(username, same.get(0).id());
                problems.add(new RowProblem(c.row(), null, "person.idNumber.elsewhere", new Object[] {}));
            }
        }
        return free;
    }

    /**
     * Warnings for the rows with the same name and birth as a record of the register inside the jurisdiction (each
     * such answer written to the access log, as the form's check does) or as an earlier row of the file.
     */
    private void checkNamesAndBirths(List<ImportWriter.Checked> rows) {
        Map<Integer, List<Long>> same = writer.sameNameAndBirth(
                rows.stream()
                        .map(c -> new ImportWriter.NameBirth(
                                c.form().fullName(),
                                c.form().dateOfBirth(),
                                c.form().effectiveBirthYear()))
                        .toList(),
                jurisdiction);
        for (int i = 0; i < rows.size(); i++) {
            ImportWriter.Checked c = rows.get(i);
            List<Long> candidates = same.getOrDefault(i, List.of()).stream()
                    .filter(id -> !ours.contains(id))
                    .toList();
            if (!candidates.isEmpty()) {
                writer.accessLog.record(
                        AccessEventKind.LIST_PERSONAL_RECORDS,
                        "Person",
                        null,
                        "duplicate check: " + candidates.size() + " candidates "
                                + candidates.stream().map(String::valueOf).collect(Collectors.joining(",")));
                warnings.add(new RowProblem(
                        c.row(), ImportField.FULL_NAME, "person.duplicate.possible", new Object[] {candidates.size()}));
            }
            LocalDate birth = c.form().dateOfBirth();
            String key = VietnameseText.fold(c.form().fullName()) + "|"
                    + (birth != null
                            ? birth.toString()
                            : String.valueOf(c.form().effectiveBirthYear()));
            Integer first = namesAndBirths.putIfAbsent(key, c.row());
            if (first != null && candidates.isEmpty()) {
                warnings.add(new RowProblem(
                        c.row(), ImportField.FULL_NAME, "import.duplicate.inFile", new Object[] {first}));
            }
        }
    }
}
