package vn.pcmt.people.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.people.internal.ImportReport.RowProblem;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.text.VietnameseText;

/**
 * Importing an existing register from Excel: a template, a suggested mapping of the sheet's columns, then a run that
 * checks every row as the form would and writes everything or nothing.
 */
@Service
public class PersonImport {

    public static final int MAX_ROWS = 100_000;

    private static final DateTimeFormatter DMY =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final PersonService people;
    private final Validator validator;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    final ImportWriter writer;

    PersonImport(
            PersonService people,
            Validator validator,
            MessageSource messages,
            PlatformTransactionManager tx,
            ImportWriter writer) {
        this.people = people;
        this.validator = validator;
        this.messages = messages;
        this.transaction = new TransactionTemplate(tx);
        this.writer = writer;
    }

    /** The template: one column per field with its Vietnamese (or English) name, and an example row. */
    public byte[] template(Locale locale) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(label("import.sheet", locale));
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            String[] sample = {
                "Nguyễn Văn An",
                "Tèo",
                "15/03/1990",
                "",
                "Nam",
                "033090001234",
                "",
                "Kinh",
                "Lao động tự do",
                "11953",
                "Số 5, tổ dân phố số 2",
                "01/01/2024",
                "",
                "Nguyễn Thị Bình (mẹ) 0912345678",
                ""
            };
            for (ImportField field : ImportField.values()) {
                header.createCell(field.ordinal()).setCellValue(label("import.field." + field, locale));
                example.createCell(field.ordinal()).setCellValue(sample[field.ordinal()]);
                sheet.setColumnWidth(field.ordinal(), 6000);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /**
     * Headings that registers kept in Excel use for each field, without diacritics (besides the field's label in both
     * languages): "Họ tên", "CCCD", "Mã xã"…
     */
    static final Map<ImportField, List<String>> SYNONYMS = synonyms();

    /**
     * For each field, the column whose heading names it: its label in Vietnamese or English or a usual synonym, compared
     * without diacritics, case and punctuation; else a heading that holds one of these names as whole words ("Số
     * CCCD/CMND"), else one that differs from a name by a slip of the keyboard. Each column serves one field, the best
     * match first.
     */
    public Map<ImportField, Integer> suggest(List<String> headers) {
        record Match(ImportField field, int column, double score) {}
        List<Match> matches = new ArrayList<>();
        for (ImportField field : ImportField.values()) {
            List<String> names = names(field);
            for (int c = 0; c < headers.size(); c++) {
                String heading = heading(headers.get(c));
                if (heading.isEmpty()) {
                    continue;
                }
                double best = 0;
                for (String name : names) {
                    best = Math.max(best, score(heading, name));
                }
                if (best > 0) {
                    matches.add(new Match(field, c, best));
                }
            }
        }
        // a heading that names a field exactly serves that field only ("Ngày tháng năm sinh" is not a year of birth)
        java.util.Set<Integer> exact = new java.util.HashSet<>();
        matches.stream().filter(m -> m.score() >= 100).forEach(m -> exact.add(m.column()));
        matches.removeIf(m -> m.score() < 100 && exact.contains(m.column()));
        matches.sort(java.util.Comparator.comparingDouble(Match::score).reversed());
        Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (Match m : matches) {
            if (!mapping.containsKey(m.field()) && !taken.contains(m.column())) {
                mapping.put(m.field(), m.column());
                taken.add(m.column());
            }
        }
        return mapping;
    }

    /** The labels of the required fields that the mapping leaves without a column, in the user's language. */
    public List<String> missing(Map<ImportField, Integer> mapping, Locale locale) {
        List<String> missing = new ArrayList<>();
        for (ImportField field : ImportField.values()) {
            if (field.required() && !mapping.containsKey(field)) {
                missing.add(label("import.field." + field, locale));
            }
        }
        return missing;
    }

    private List<String> names(ImportField field) {
        List<String> names = new ArrayList<>();
        names.add(heading(label("import.field." + field, Locale.forLanguageTag("vi"))));
        names.add(heading(label("import.field." + field, Locale.ENGLISH)));
        names.add(heading(field.name()));
        SYNONYMS.getOrDefault(field, List.of()).forEach(n -> names.add(heading(n)));
        return names;
    }

    /** A heading without diacritics, case or punctuation: "Số CCCD/CMND:" → "so cccd cmnd". */
    static String heading(String text) {
        return VietnameseText.fold(text).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** How well a heading names a field's name: 100 the same, 50+ holding it as words, 40·similarity a near miss. */
    static double score(String heading, String name) {
        if (name.isEmpty()) {
            return 0;
        }
        if (heading.equals(name)) {
            return 100;
        }
        if ((" " + heading + " ").contains(" " + name + " ")) {
            return 50 + name.length();
        }
        double similarity = 1.0 - (double) distance(heading, name) / Math.max(heading.length(), name.length());
        return name.length() >= 5 && similarity >= 0.8 ? 40 * similarity : 0;
    }

    /** The Levenshtein distance: how many letters to add, remove or change. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static Map<ImportField, List<String>> synonyms() {
        Map<ImportField, List<String>> s = new EnumMap<>(ImportField.class);
        s.put(
                ImportField.FULL_NAME,
                List.of("ho ten", "ho va ten", "ten", "ho ten doi tuong", "ten doi tuong", "name"));
        s.put(ImportField.ALIASES, List.of("ten goi khac", "ten khac", "biet danh", "bi danh", "alias"));
        s.put(
                ImportField.DATE_OF_BIRTH,
                List.of("ngay sinh", "ngay thang nam sinh", "sinh ngay", "ngay thang sinh", "dob", "birth date"));
        s.put(ImportField.BIRTH_YEAR, List.of("nam sinh", "sinh nam", "year of birth", "birth year"));
        s.put(ImportField.SEX, List.of("gioi tinh", "gioi", "phai", "nam nu", "gender"));
        s.put(
                ImportField.ID_NUMBER,
                List.of(
                        "cccd",
                        "so cccd",
                        "can cuoc",
                        "so can cuoc",
                        "can cuoc cong dan",
                        "so can cuoc cong dan",
                        "so dinh danh",
                        "ma dinh danh",
                        "id number"));
        s.put(
                ImportField.OLD_ID_NUMBER,
                List.of("cmnd", "so cmnd", "cmnd cu", "chung minh nhan dan", "so chung minh nhan dan"));
        s.put(ImportField.ETHNICITY, List.of("dan toc"));
        s.put(ImportField.OCCUPATION, List.of("nghe nghiep", "nghe", "viec lam"));
        s.put(
                ImportField.RESIDENCE_COMMUNE_CODE,
                List.of("ma xa", "ma xa phuong", "ma phuong", "ma xa noi o", "ma don vi", "ma dvhc", "commune code"));
        s.put(
                ImportField.RESIDENCE_ADDRESS,
                List.of("dia chi", "noi o", "noi o hien tai", "noi o hien nay", "cho o hien nay", "dia chi hien tai"));
        s.put(ImportField.RESIDENCE_FROM, List.of("o tu ngay", "ngay den o", "o day tu ngay"));
        s.put(
                ImportField.PERMANENT_ADDRESS,
                List.of("thuong tru", "noi thuong tru", "dia chi thuong tru", "hktt", "ho khau thuong tru"));
        s.put(ImportField.FAMILY_CONTACT, List.of("nguoi than", "nguoi than lien he", "lien he", "gia dinh"));
        s.put(ImportField.OFFICER, List.of("can bo phu trach", "can bo quan ly", "nguoi phu trach", "can bo"));
        return s;
    }

    /**
     * Reads the file as a stream and checks its rows a batch at a time, writing each batch once checked, all in one
     * transaction that is rolled back when any row has a problem: everything or nothing (ADR 057). Once a problem is
     * found nothing more is written, but every row is still checked so that the report names them all.
     */
    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public ImportReport run(byte[] file, Map<ImportField, Integer> mapping, ImportProgress progress)
            throws IOException {
        List<RowProblem> problems = new ArrayList<>();
        List<RowProblem> warnings = new ArrayList<>();
        List<String> missing = missing(mapping, org.springframework.context.i18n.LocaleContextHolder.getLocale());
        if (!missing.isEmpty()) {
            problems.add(new RowProblem(1, null, "import.columns.missing", new Object[] {String.join(", ", missing)}));
            return new ImportReport(progress.rows(), problems, warnings, 0);
        }
        if (progress.rows() > MAX_ROWS) {
            problems.add(new RowProblem(1, null, "import.tooMany", new Object[] {MAX_ROWS}));
            return new ImportReport(progress.rows(), problems, warnings, 0);
        }
        ImportBatches batches = new ImportBatches(this, mapping, progress, problems, warnings);
        try {
            Integer written = transaction.execute(status -> {
                try {
                    batches.readAll(file);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                if (!problems.isEmpty()) {
                    status.setRollbackOnly();
                    return 0;
                }
                return batches.written();
            });
            problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
            warnings.sort(java.util.Comparator.comparingInt(RowProblem::row));
            return new ImportReport(batches.rows(), problems, warnings, written == null ? 0 : written);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
            // a number taken by someone else since it was checked, a lost connection…: nothing was written
            problems.add(new RowProblem(0, null, "import.failed", new Object[] {}));
            return new ImportReport(batches.rows(), problems, warnings, 0);
        }
    }

    private Object commune(String code, LocalDate since) {
        try {
            return people.communeInJurisdiction(code, since);
        } catch (RuleViolationException | vn.pcmt.geo.OutsideJurisdictionException e) {
            return e;
        }
    }

    /** The services a batch of rows needs (for {@link ImportBatches}). */
    PersonService people() {
        return people;
    }

    Validator validator() {
        return validator;
    }

    /** The problems of a row that only the row itself shows: its values, the form's checks, its commune. */
    AdminUnit checkRow(
            PersonForm form, int row, List<RowProblem> problems, int rowStart, Map<String, Object> communes) {
        java.util.Set<ImportField> reported = new java.util.HashSet<>();
        problems.subList(rowStart, problems.size()).forEach(p -> reported.add(p.field()));
        boolean communeValid = true;
        for (ConstraintViolation<PersonForm> v : validator.validate(form)) {
            String template = v.getMessageTemplate();
            String key = template.startsWith("{") ? template.substring(1, template.length() - 1) : "import.invalid";
            ImportField field = field(v.getPropertyPath().toString());
            if (field == ImportField.RESIDENCE_COMMUNE_CODE) {
                communeValid = false;
            }
            if (field == null || !reported.contains(field)) {
                problems.add(new RowProblem(row, field, key, new Object[] {}));
            }
        }
        if (!communeValid) {
            return null;
        }
        // the communes of a file are few: each is looked up (and its jurisdiction checked) once, and again with the
        // residence's start only for a code that no commune bears today (ADR 026)
        Object found = communes.computeIfAbsent(form.residenceCommuneCode(), k -> commune(k, null));
        if (found instanceof RuleViolationException && form.residenceFrom() != null) {
            found = communes.computeIfAbsent(
                    form.residenceCommuneCode() + "|" + form.residenceFrom(),
                    k -> commune(form.residenceCommuneCode(), form.residenceFrom()));
        }
        if (found instanceof RuleViolationException e) {
            problems.add(new RowProblem(row, null, e.messageKey(), e.arguments()));
            return null;
        }
        if (found instanceof vn.pcmt.geo.OutsideJurisdictionException) {
            problems.add(
                    new RowProblem(row, ImportField.RESIDENCE_COMMUNE_CODE, "import.commune.outside", new Object[] {}));
            return null;
        }
        return (AdminUnit) found;
    }

    PersonForm form(List<String> cells, Map<ImportField, Integer> mapping, int row, List<RowProblem> problems) {
        Map<ImportField, String> v = new EnumMap<>(ImportField.class);
        mapping.forEach((field, column) -> v.put(field, column < cells.size() ? cells.get(column) : ""));
        String birthText = v.get(ImportField.DATE_OF_BIRTH);
        String yearText = v.getOrDefault(ImportField.BIRTH_YEAR, "");
        if (birthText != null && birthText.strip().matches("\\d{4}")) {
            // a year alone where the date of birth goes: the year of birth (registers often know no more)
            if (yearText.isBlank()) {
                yearText = birthText.strip();
            }
            birthText = null;
        }
        LocalDate birth = date(birthText, row, ImportField.DATE_OF_BIRTH, problems);
        LocalDate since = date(v.get(ImportField.RESIDENCE_FROM), row, ImportField.RESIDENCE_FROM, problems);
        Integer year = null;
        if (!yearText.isBlank()) {
            try {
                year = Integer.valueOf(yearText.strip());
            } catch (NumberFormatException e) {
                problems.add(new RowProblem(row, ImportField.BIRTH_YEAR, "person.birthYear.range", new Object[] {}));
            }
        }
        Sex sex = sex(v.getOrDefault(ImportField.SEX, ""));
        if (sex == null) {
            problems.add(new RowProblem(row, ImportField.SEX, "import.sex.invalid", new Object[] {}));
        }
        return new PersonForm(
                v.get(ImportField.FULL_NAME),
                v.get(ImportField.ALIASES),
                birth,
                year,
                sex,
                v.getOrDefault(ImportField.ID_NUMBER, ""),
                v.getOrDefault(ImportField.OLD_ID_NUMBER, ""),
                v.get(ImportField.ETHNICITY),
                v.get(ImportField.OCCUPATION),
                "",
                null,
                v.get(ImportField.PERMANENT_ADDRESS),
                v.getOrDefault(ImportField.RESIDENCE_COMMUNE_CODE, ""),
                null,
                v.get(ImportField.RESIDENCE_ADDRESS),
                since,
                v.get(ImportField.FAMILY_CONTACT),
                v.get(ImportField.OFFICER),
                true,
                null);
    }

    private static LocalDate date(String text, int row, ImportField field, List<RowProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), DMY);
        } catch (DateTimeParseException e) {
            problems.add(new RowProblem(row, field, "import.date.invalid", new Object[] {text}));
            return null;
        }
    }

    private static Sex sex(String text) {
        String folded = VietnameseText.fold(text);
        return switch (folded) {
            case "nam", "male", "m" -> Sex.MALE;
            case "nu", "female", "f" -> Sex.FEMALE;
            default -> null;
        };
    }

    private static ImportField field(String property) {
        return switch (property) {
            case "fullName" -> ImportField.FULL_NAME;
            case "aliases" -> ImportField.ALIASES;
            case "dateOfBirth" -> ImportField.DATE_OF_BIRTH;
            case "birthYear" -> ImportField.BIRTH_YEAR;
            case "sex" -> ImportField.SEX;
            case "idNumber" -> ImportField.ID_NUMBER;
            case "oldIdNumber" -> ImportField.OLD_ID_NUMBER;
            case "residenceCommuneCode" -> ImportField.RESIDENCE_COMMUNE_CODE;
            default -> null;
        };
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
