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
import java.util.HashMap;
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

    public static final int MAX_ROWS = 20_000;

    private static final DateTimeFormatter DMY =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final PersonService people;
    private final Validator validator;
    private final MessageSource messages;
    private final TransactionTemplate transaction;

    PersonImport(PersonService people, Validator validator, MessageSource messages, PlatformTransactionManager tx) {
        this.people = people;
        this.validator = validator;
        this.messages = messages;
        this.transaction = new TransactionTemplate(tx);
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

    /** For each field, the column whose header names it (in Vietnamese or English, with or without diacritics). */
    public Map<ImportField, Integer> suggest(List<String> headers) {
        Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.values()) {
            List<String> names = List.of(
                    VietnameseText.fold(label("import.field." + field, Locale.forLanguageTag("vi"))),
                    VietnameseText.fold(label("import.field." + field, Locale.ENGLISH)),
                    VietnameseText.fold(field.name()));
            for (int c = 0; c < headers.size(); c++) {
                if (names.contains(VietnameseText.fold(headers.get(c)))) {
                    mapping.put(field, c);
                    break;
                }
            }
        }
        return mapping;
    }

    /**
     * Checks every row (each check in its own read-only transaction), then writes them all in one transaction when
     * none has a problem, nothing otherwise.
     */
    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public ImportReport run(ImportSheet sheet, Map<ImportField, Integer> mapping) {
        List<RowProblem> problems = new ArrayList<>();
        List<RowProblem> warnings = new ArrayList<>();
        for (ImportField field : ImportField.values()) {
            if (field.required() && !mapping.containsKey(field)) {
                problems.add(new RowProblem(1, field, "import.column.missing", new Object[] {}));
            }
        }
        if (sheet.rows().size() > MAX_ROWS) {
            problems.add(new RowProblem(1, null, "import.tooMany", new Object[] {MAX_ROWS}));
        }
        if (!problems.isEmpty()) {
            return new ImportReport(sheet.rows().size(), problems, warnings, 0);
        }
        List<Checked> forms = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < sheet.rows().size(); i++) {
            List<String> cells = sheet.rows().get(i);
            int rowNumber = i + 2;
            if (cells == null) {
                continue;
            }
            PersonForm form = form(cells, mapping, rowNumber, problems);
            if (form == null) {
                continue;
            }
            if (form.idNumber() != null && !form.idNumber().isBlank()) {
                Integer first = numbers.putIfAbsent(form.idNumber(), rowNumber);
                if (first != null) {
                    problems.add(new RowProblem(
                            rowNumber, ImportField.ID_NUMBER, "import.idNumber.repeated", new Object[] {first}));
                    continue;
                }
            }
            AdminUnit commune = check(form, rowNumber, problems, warnings);
            if (commune != null) {
                forms.add(new Checked(form, commune));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportReport(sheet.rows().size(), problems, warnings, 0);
        }
        try {
            transaction.executeWithoutResult(status -> forms.forEach(c -> people.insert(c.form(), c.commune())));
        } catch (RuntimeException e) {
            problems.add(new RowProblem(0, null, "import.failed", new Object[] {}));
            return new ImportReport(sheet.rows().size(), problems, warnings, 0);
        }
        return new ImportReport(sheet.rows().size(), problems, warnings, forms.size());
    }

    /** A row that passed every check, and the commune it lives in. */
    private record Checked(PersonForm form, AdminUnit commune) {}

    /** The row's commune when the row may be written (perhaps with a warning), null when it has a problem. */
    private AdminUnit check(PersonForm form, int row, List<RowProblem> problems, List<RowProblem> warnings) {
        boolean ok = true;
        for (ConstraintViolation<PersonForm> v : validator.validate(form)) {
            String template = v.getMessageTemplate();
            String key = template.startsWith("{") ? template.substring(1, template.length() - 1) : "import.invalid";
            problems.add(new RowProblem(row, field(v.getPropertyPath().toString()), key, new Object[] {}));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        AdminUnit commune;
        try {
            commune = people.communeInJurisdiction(form.residenceCommuneCode(), form.residenceFrom());
        } catch (RuleViolationException e) {
            problems.add(new RowProblem(row, null, e.messageKey(), e.arguments()));
            return null;
        } catch (vn.pcmt.geo.OutsideJurisdictionException e) {
            problems.add(
                    new RowProblem(row, ImportField.RESIDENCE_COMMUNE_CODE, "import.commune.outside", new Object[] {}));
            return null;
        }
        try {
            people.check(withConfirmation(form, false), null);
        } catch (RuleViolationException e) {
            if ("person.duplicate.possible".equals(e.messageKey())) {
                warnings.add(new RowProblem(row, ImportField.FULL_NAME, e.messageKey(), e.arguments()));
                return commune;
            }
            problems.add(new RowProblem(row, null, e.messageKey(), e.arguments()));
            return null;
        }
        return commune;
    }

    private PersonForm form(List<String> cells, Map<ImportField, Integer> mapping, int row, List<RowProblem> problems) {
        Map<ImportField, String> v = new EnumMap<>(ImportField.class);
        mapping.forEach((field, column) -> v.put(field, column < cells.size() ? cells.get(column) : ""));
        int before = problems.size();
        LocalDate birth = date(v.get(ImportField.DATE_OF_BIRTH), row, ImportField.DATE_OF_BIRTH, problems);
        LocalDate since = date(v.get(ImportField.RESIDENCE_FROM), row, ImportField.RESIDENCE_FROM, problems);
        Integer year = null;
        String yearText = v.getOrDefault(ImportField.BIRTH_YEAR, "");
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
        if (problems.size() > before) {
            return null;
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

    private static PersonForm withConfirmation(PersonForm f, boolean confirmed) {
        return new PersonForm(
                f.fullName(),
                f.aliases(),
                f.dateOfBirth(),
                f.birthYear(),
                f.sex(),
                f.idNumber(),
                f.oldIdNumber(),
                f.ethnicity(),
                f.occupation(),
                f.permanentCommuneCode(),
                f.permanentVillageId(),
                f.permanentAddress(),
                f.residenceCommuneCode(),
                f.residenceVillageId(),
                f.residenceAddress(),
                f.residenceFrom(),
                f.familyContact(),
                f.officer(),
                confirmed,
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
