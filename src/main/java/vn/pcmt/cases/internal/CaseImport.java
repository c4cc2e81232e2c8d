package vn.pcmt.cases.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pcmt.agencies.Agency;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.cases.internal.CaseImportField.Part;
import vn.pcmt.cases.internal.CaseImportReport.RowProblem;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitService;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.platform.Workbooks;
import vn.pcmt.text.VietnameseText;

/**
 * Importing the monthly case lists kept in Excel (ADR 045): a template, a suggested mapping of the sheet's columns,
 * then a run that reads every row, reports every problem of every row, and writes all the cases (with their stages,
 * suspects and seizures) through the register's service in one transaction, or nothing.
 *
 * <p>One row is one case with at most one suspect and one seizure; rows with the same case number (the optional
 * first column) are one case, its first row carrying the case's columns and every row adding a suspect and/or a
 * seizure.
 */
@Service
public class CaseImport {

    public static final int MAX_ROWS = 20_000;

    private static final DateTimeFormatter DMY =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** The stage dates of a row and the action each records, in the order they are applied. */
    private static final Map<CaseImportField, CaseAction> STAGE_DATES = new LinkedHashMap<>();

    static {
        STAGE_DATES.put(CaseImportField.OPENED_ON, CaseAction.OPEN);
        STAGE_DATES.put(CaseImportField.CHARGED_ON, CaseAction.CHARGE);
        STAGE_DATES.put(CaseImportField.INDICTED_ON, CaseAction.INDICT);
        STAGE_DATES.put(CaseImportField.TRIED_ON, CaseAction.TRY);
        STAGE_DATES.put(CaseImportField.JUDGED_ON, CaseAction.JUDGE);
        STAGE_DATES.put(CaseImportField.TRANSFERRED_ON, CaseAction.TRANSFER);
        STAGE_DATES.put(CaseImportField.SUSPENDED_ON, CaseAction.SUSPEND);
    }

    private final CaseService cases;
    private final CaseQueries queries;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final AgencyService agencies;
    private final Validator validator;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CaseImport(
            CaseService cases,
            CaseQueries queries,
            UnitService units,
            UnitCoverage coverage,
            AgencyService agencies,
            Validator validator,
            MessageSource messages,
            PlatformTransactionManager tx,
            Clock clock) {
        this.cases = cases;
        this.queries = queries;
        this.units = units;
        this.coverage = coverage;
        this.agencies = agencies;
        this.validator = validator;
        this.messages = messages;
        this.transaction = new TransactionTemplate(tx);
        this.clock = clock;
    }

    /**
     * The template: one column per field with its name, two example rows of one case (two suspects, one seizure),
     * and a second sheet with the values the coded columns take.
     */
    public byte[] template(Locale locale) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(label("caseImport.sheet", locale));
            Row header = sheet.createRow(0);
            Row first = sheet.createRow(1);
            Row second = sheet.createRow(2);
            Map<CaseImportField, String[]> sample = new EnumMap<>(CaseImportField.class);
            sample.put(CaseImportField.CASE_NUMBER, new String[] {"1", "1"});
            sample.put(CaseImportField.DETECTED_ON, new String[] {"05/01/2026", ""});
            sample.put(CaseImportField.COMMUNE_CODE, new String[] {"11953", ""});
            sample.put(CaseImportField.AGENCY, new String[] {label("caseImport.sample.agency", locale), ""});
            sample.put(CaseImportField.SUMMARY, new String[] {label("caseImport.sample.summary", locale), ""});
            sample.put(CaseImportField.ARTICLES, new String[] {"251; 249", ""});
            sample.put(CaseImportField.CYBERSPACE, new String[] {"x", ""});
            sample.put(CaseImportField.ORGANISED_RING, new String[] {"x", ""});
            sample.put(CaseImportField.OPENED_ON, new String[] {"10/01/2026", ""});
            sample.put(CaseImportField.STAGE, new String[] {label("case.stage.OPENED", locale), ""});
            sample.put(CaseImportField.SUSPECT_NAME, new String[] {"Nguyễn Văn An", "Trần Văn Bình"});
            sample.put(CaseImportField.SUSPECT_SEX, new String[] {"Nam", "Nam"});
            sample.put(CaseImportField.SUSPECT_BIRTH_YEAR, new String[] {"1990", "2001"});
            sample.put(CaseImportField.SUSPECT_ID_NUMBER, new String[] {"033090001234", ""});
            sample.put(CaseImportField.SUSPECT_ROLE, new String[] {
                label("case.suspect.role.ORGANISER", locale), label("case.suspect.role.ACCOMPLICE", locale)
            });
            sample.put(CaseImportField.SUSPECT_DRUG_USER, new String[] {"x", ""});
            sample.put(CaseImportField.SUBSTANCE, new String[] {"METH", ""});
            sample.put(CaseImportField.QUANTITY, new String[] {"25,5", ""});
            sample.put(CaseImportField.UNIT, new String[] {label("seizure.unit.G", locale), ""});
            sample.put(CaseImportField.OTHER_ITEMS, new String[] {"", label("caseImport.sample.items", locale)});
            for (CaseImportField field : CaseImportField.values()) {
                int c = field.ordinal();
                header.createCell(c).setCellValue(label("caseImport.field." + field, locale));
                String[] values = sample.getOrDefault(field, new String[] {"", ""});
                first.createCell(c).setCellValue(values[0]);
                second.createCell(c).setCellValue(values[1]);
                sheet.setColumnWidth(c, 5000);
            }
            Sheet codes = workbook.createSheet(label("caseImport.codes", locale));
            int r = 0;
            r = codeBlock(
                    codes,
                    r,
                    label("caseImport.field.ARTICLES", locale),
                    queries.articles(),
                    Article::code,
                    Article::name);
            r = codeBlock(
                    codes,
                    r,
                    label("caseImport.field.SUBSTANCE", locale),
                    queries.substances(),
                    Substance::code,
                    s -> locale.getLanguage().equals("en") ? s.nameEn() : s.name());
            r = codeBlock(
                    codes,
                    r,
                    label("caseImport.field.UNIT", locale),
                    List.of(SeizureUnit.values()),
                    SeizureUnit::name,
                    u -> label("seizure.unit." + u, locale));
            r = codeBlock(
                    codes,
                    r,
                    label("caseImport.field.STAGE", locale),
                    List.of(CaseStage.values()),
                    CaseStage::name,
                    s -> label("case.stage." + s, locale));
            r = codeBlock(
                    codes,
                    r,
                    label("caseImport.field.SUSPECT_ROLE", locale),
                    List.of(SuspectRole.values()),
                    SuspectRole::name,
                    s -> label("case.suspect.role." + s, locale));
            r = codeBlock(
                    codes,
                    r,
                    label("caseImport.field.SUSPECT_AGE_GROUP", locale),
                    List.of(AgeGroup.values()),
                    AgeGroup::name,
                    g -> label("case.suspect.ageGroup." + g, locale));
            codes.createRow(r).createCell(0).setCellValue(label("caseImport.codes.flags", locale));
            codes.setColumnWidth(0, 6000);
            codes.setColumnWidth(1, 16000);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static <T> int codeBlock(
            Sheet sheet, int row, String title, List<T> values, Function<T, String> code, Function<T, String> name) {
        sheet.createRow(row++).createCell(0).setCellValue(title);
        for (T value : values) {
            Row line = sheet.createRow(row++);
            line.createCell(0).setCellValue(code.apply(value));
            line.createCell(1).setCellValue(name.apply(value));
        }
        return row + 1;
    }

    /** For each field, the column whose header names it (in Vietnamese or English, with or without diacritics). */
    public Map<CaseImportField, Integer> suggest(List<String> headers) {
        Map<CaseImportField, Integer> mapping = new EnumMap<>(CaseImportField.class);
        for (CaseImportField field : CaseImportField.values()) {
            List<String> names = List.of(
                    VietnameseText.fold(label("caseImport.field." + field, Locale.forLanguageTag("vi"))),
                    VietnameseText.fold(label("caseImport.field." + field, Locale.ENGLISH)),
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
     * Reads every row and reports every problem found; when there is none, the cases are written in one
     * transaction, else nothing is: the register's own checks run on every case in that transaction, which is rolled
     * back when any of them refuses one.
     */
    @PreAuthorize("hasAuthority('CASE_EDIT')")
    public CaseImportReport run(Workbooks.Table sheet, Map<CaseImportField, Integer> mapping) {
        List<RowProblem> problems = new ArrayList<>();
        int rowCount = sheet.rows().size();
        for (CaseImportField field : CaseImportField.values()) {
            if (field.required() && !mapping.containsKey(field)) {
                problems.add(new RowProblem(1, field, "caseImport.column.missing", new Object[] {}));
            }
        }
        if (rowCount > MAX_ROWS) {
            problems.add(new RowProblem(1, null, "caseImport.tooMany", new Object[] {MAX_ROWS}));
        }
        if (!problems.isEmpty()) {
            return new CaseImportReport(rowCount, problems, 0, 0, 0);
        }
        Reference reference = new Reference(queries.articles(), queries.substances(), new HashMap<>());
        List<Planned> planned = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> group : groups(sheet, mapping).entrySet()) {
            Planned plan = plan(group.getValue(), sheet, mapping, reference, problems);
            if (plan != null) {
                planned.add(plan);
            }
        }
        int[] written = new int[3];
        try {
            transaction.executeWithoutResult(status -> {
                for (Planned plan : planned) {
                    write(plan, problems, written);
                }
                if (!problems.isEmpty()) {
                    status.setRollbackOnly();
                }
            });
        } catch (RuntimeException e) {
            problems.add(new RowProblem(0, null, "caseImport.failed", new Object[] {}));
        }
        problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
        if (!problems.isEmpty()) {
            return new CaseImportReport(rowCount, problems, 0, 0, 0);
        }
        return new CaseImportReport(rowCount, problems, written[0], written[1], written[2]);
    }

    /** The rows of each case, in the order of the sheet: by case number when one is given, else one row each. */
    private static Map<String, List<Integer>> groups(Workbooks.Table sheet, Map<CaseImportField, Integer> mapping) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        Integer numberColumn = mapping.get(CaseImportField.CASE_NUMBER);
        for (int i = 0; i < sheet.rows().size(); i++) {
            List<String> cells = sheet.rows().get(i);
            if (cells == null) {
                continue;
            }
            String number = numberColumn == null || numberColumn >= cells.size()
                    ? ""
                    : cells.get(numberColumn).strip();
            String key = number.isEmpty() ? "row:" + i : "case:" + VietnameseText.fold(number);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    /** The reference data rows are read against; the detecting agencies by province, read once each. */
    private record Reference(List<Article> articles, List<Substance> substances, Map<String, List<Agency>> agencies) {}

    /** A suspect or seizure to add, and the sheet row it came from. */
    private record Part2<T>(int row, T form) {}

    /** A case read without problems: its form, the actions of its stages, its suspects and seizures. */
    private record Planned(
            int row,
            CaseForm form,
            List<StageForm> stages,
            List<Part2<SuspectForm>> suspects,
            List<Part2<SeizureForm>> seizures) {}

    private Planned plan(
            List<Integer> rows,
            Workbooks.Table sheet,
            Map<CaseImportField, Integer> mapping,
            Reference reference,
            List<RowProblem> problems) {
        int before = problems.size();
        int firstIndex = rows.get(0);
        int firstRow = firstIndex + 2;
        Map<CaseImportField, String> head = values(sheet.rows().get(firstIndex), mapping);
        for (int i = 1; i < rows.size(); i++) {
            Map<CaseImportField, String> other = values(sheet.rows().get(rows.get(i)), mapping);
            for (CaseImportField field : CaseImportField.values()) {
                if (field.part() == Part.CASE && field != CaseImportField.CASE_NUMBER) {
                    String value = other.get(field);
                    if (!value.isEmpty() && !value.equals(head.get(field))) {
                        problems.add(new RowProblem(
                                rows.get(i) + 2, field, "caseImport.case.differs", new Object[] {firstRow}));
                    }
                }
            }
        }
        CaseForm form = caseForm(head, firstRow, reference, problems);
        List<StageForm> stages = stages(head, form, firstRow, problems);
        List<Part2<SuspectForm>> suspects = new ArrayList<>();
        List<Part2<SeizureForm>> seizures = new ArrayList<>();
        for (int index : rows) {
            Map<CaseImportField, String> v = values(sheet.rows().get(index), mapping);
            int row = index + 2;
            if (any(v, Part.SUSPECT)) {
                SuspectForm suspect = suspect(v, row, form, problems);
                if (suspect != null) {
                    suspects.add(new Part2<>(row, suspect));
                }
            }
            if (any(v, Part.SEIZURE)) {
                SeizureForm seizure = seizure(v, row, reference, problems);
                if (seizure != null) {
                    seizures.add(new Part2<>(row, seizure));
                }
            }
        }
        if (problems.size() > before || form == null) {
            return null;
        }
        return new Planned(firstRow, form, stages, suspects, seizures);
    }

    private CaseForm caseForm(Map<CaseImportField, String> v, int row, Reference reference, List<RowProblem> problems) {
        int before = problems.size();
        for (CaseImportField field : CaseImportField.values()) {
            if (field.required() && v.get(field).isEmpty()) {
                problems.add(new RowProblem(row, field, "caseImport.required", new Object[] {}));
            }
        }
        LocalDate detectedOn = date(v, CaseImportField.DETECTED_ON, row, problems);
        if (detectedOn != null && detectedOn.isAfter(LocalDate.now(clock))) {
            problems.add(new RowProblem(row, CaseImportField.DETECTED_ON, "caseImport.date.future", new Object[] {}));
        }
        AdminUnit commune = null;
        String communeCode = v.get(CaseImportField.COMMUNE_CODE);
        if (detectedOn != null && !communeCode.isEmpty()) {
            commune = units.find(communeCode, detectedOn)
                    .filter(u -> u.level() == UnitLevel.COMMUNE)
                    .orElse(null);
            if (commune == null) {
                problems.add(new RowProblem(row, CaseImportField.COMMUNE_CODE, "case.commune.unknown", new Object[] {
                    communeCode, DMY.format(detectedOn)
                }));
            } else if (!coverage.covers(coverage.current(), commune.id())) {
                problems.add(new RowProblem(
                        row, CaseImportField.COMMUNE_CODE, "caseImport.commune.outside", new Object[] {communeCode}));
            }
        }
        Long agencyId = null;
        String agencyText = v.get(CaseImportField.AGENCY);
        if (!agencyText.isEmpty()) {
            agencyId = agency(agencyText, commune, reference).orElse(null);
            if (agencyId == null) {
                problems.add(new RowProblem(
                        row, CaseImportField.AGENCY, "caseImport.agency.unknown", new Object[] {agencyText}));
            }
        }
        List<String> articles = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        reference.articles().forEach(a -> known.add(a.code()));
        for (String part : v.get(CaseImportField.ARTICLES).split("[,;/+\\s]+")) {
            String code = VietnameseText.fold(part)
                    .replace("dieu", "")
                    .replace("đ", "")
                    .strip();
            if (code.isEmpty()) {
                continue;
            }
            if (!known.contains(code)) {
                problems.add(
                        new RowProblem(row, CaseImportField.ARTICLES, "case.article.unknown", new Object[] {part}));
            } else {
                articles.add(code);
            }
        }
        Boolean cyber = flag(v, CaseImportField.CYBERSPACE, row, problems);
        Boolean transnational = flag(v, CaseImportField.TRANSNATIONAL, row, problems);
        Boolean ring = flag(v, CaseImportField.ORGANISED_RING, row, problems);
        Boolean route = flag(v, CaseImportField.KEY_ROUTE, row, problems);
        BigDecimal latitude = number(v, CaseImportField.LATITUDE, row, problems);
        BigDecimal longitude = number(v, CaseImportField.LONGITUDE, row, problems);
        if ((latitude == null) != (longitude == null) && problems.size() == before) {
            problems.add(new RowProblem(row, CaseImportField.LATITUDE, "case.coordinates.incomplete", new Object[] {}));
        }
        if (problems.size() > before) {
            return null;
        }
        CaseForm form = new CaseForm(
                commune == null ? communeCode : commune.code(),
                detectedOn,
                latitude,
                longitude,
                agencyId,
                v.get(CaseImportField.SUMMARY),
                articles,
                cyber,
                transnational,
                ring,
                route,
                v.get(CaseImportField.NOTE),
                null);
        return valid(form, row, problems) ? form : null;
    }

    /** The stage actions of the row's stage dates, checked in order; the stage column must agree with them. */
    private List<StageForm> stages(Map<CaseImportField, String> v, CaseForm form, int row, List<RowProblem> problems) {
        List<StageForm> actions = new ArrayList<>();
        CaseStage stage = CaseStage.initial();
        LocalDate last = form == null ? null : form.detectedOn();
        Boolean mobile = flag(v, CaseImportField.MOBILE_TRIAL, row, problems);
        for (Map.Entry<CaseImportField, CaseAction> e : STAGE_DATES.entrySet()) {
            LocalDate on = date(v, e.getKey(), row, problems);
            if (on == null) {
                continue;
            }
            if (!stage.allows(e.getValue())) {
                problems.add(new RowProblem(
                        row, e.getKey(), "caseImport.stage.order", new Object[] {label("case.stage." + stage)}));
                continue;
            }
            if (last != null && on.isBefore(last)) {
                problems.add(new RowProblem(row, e.getKey(), "case.stage.beforeLast", new Object[] {DMY.format(last)}));
            }
            if (on.isAfter(LocalDate.now(clock))) {
                problems.add(new RowProblem(row, e.getKey(), "case.stage.future", new Object[] {}));
            }
            stage = stage.next(e.getValue());
            last = on;
            actions.add(new StageForm(
                    e.getValue(), on, e.getValue() == CaseAction.TRY ? Boolean.TRUE.equals(mobile) : null, null));
        }
        String stated = v.get(CaseImportField.STAGE);
        if (!stated.isEmpty()) {
            CaseStage named = labelled(stated, CaseStage.values(), s -> "case.stage." + s);
            if (named == null) {
                problems.add(
                        new RowProblem(row, CaseImportField.STAGE, "caseImport.value.unknown", new Object[] {stated}));
            } else if (named != stage) {
                problems.add(new RowProblem(row, CaseImportField.STAGE, "caseImport.stage.differs", new Object[] {
                    label("case.stage." + stage)
                }));
            }
        }
        return actions;
    }

    private SuspectForm suspect(Map<CaseImportField, String> v, int row, CaseForm kase, List<RowProblem> problems) {
        int before = problems.size();
        String name = v.get(CaseImportField.SUSPECT_NAME);
        if (name.isEmpty()) {
            problems.add(
                    new RowProblem(row, CaseImportField.SUSPECT_NAME, "case.suspect.name.missing", new Object[] {}));
        }
        Boolean female = null;
        String sex = VietnameseText.fold(v.get(CaseImportField.SUSPECT_SEX));
        switch (sex) {
            case "" -> female = null;
            case "nam", "male", "m" -> female = false;
            case "nu", "female", "f" -> female = true;
            default -> problems.add(
                    new RowProblem(row, CaseImportField.SUSPECT_SEX, "caseImport.sex.invalid", new Object[] {}));
        }
        Integer year = null;
        String yearText = v.get(CaseImportField.SUSPECT_BIRTH_YEAR);
        if (!yearText.isEmpty()) {
            try {
                year = Integer.valueOf(yearText);
            } catch (NumberFormatException e) {
                problems.add(new RowProblem(
                        row, CaseImportField.SUSPECT_BIRTH_YEAR, "caseImport.year.invalid", new Object[] {yearText}));
            }
        }
        SuspectRole role = null;
        String roleText = v.get(CaseImportField.SUSPECT_ROLE);
        if (roleText.isEmpty()) {
            problems.add(new RowProblem(row, CaseImportField.SUSPECT_ROLE, "caseImport.required", new Object[] {}));
        } else {
            role = labelled(roleText, SuspectRole.values(), r -> "case.suspect.role." + r);
            if (role == null) {
                problems.add(new RowProblem(
                        row, CaseImportField.SUSPECT_ROLE, "caseImport.value.unknown", new Object[] {roleText}));
            }
        }
        AgeGroup group = null;
        String groupText = v.get(CaseImportField.SUSPECT_AGE_GROUP);
        if (!groupText.isEmpty()) {
            group = labelled(groupText, AgeGroup.values(), g -> "case.suspect.ageGroup." + g);
            if (group == null) {
                problems.add(new RowProblem(
                        row, CaseImportField.SUSPECT_AGE_GROUP, "caseImport.value.unknown", new Object[] {groupText}));
            }
        }
        Boolean prior = flag(v, CaseImportField.SUSPECT_PRIOR_RECORD, row, problems);
        Boolean user = flag(v, CaseImportField.SUSPECT_DRUG_USER, row, problems);
        String idNumber = v.get(CaseImportField.SUSPECT_ID_NUMBER);
        if (!idNumber.isEmpty() && (female == null || year == null) && problems.size() == before) {
            problems.add(new RowProblem(
                    row, CaseImportField.SUSPECT_ID_NUMBER, "case.suspect.idNumber.needsSexAndYear", new Object[] {}));
        }
        if (problems.size() > before) {
            return null;
        }
        SuspectForm form = new SuspectForm(null, name, female, year, idNumber, role, group, prior, user, null);
        if (!valid(form, row, problems)) {
            return null;
        }
        if (kase != null) {
            try {
                CaseService.ageGroup(form, kase.detectedOn());
            } catch (RuleViolationException e) {
                problems.add(new RowProblem(row, CaseImportField.SUSPECT_AGE_GROUP, e.messageKey(), e.arguments()));
                return null;
            }
        }
        return form;
    }

    private SeizureForm seizure(
            Map<CaseImportField, String> v, int row, Reference reference, List<RowProblem> problems) {
        int before = problems.size();
        Substance substance = null;
        String substanceText = v.get(CaseImportField.SUBSTANCE);
        if (!substanceText.isEmpty()) {
            String folded = VietnameseText.fold(substanceText);
            substance = reference.substances().stream()
                    .filter(s -> VietnameseText.fold(s.code()).equals(folded)
                            || VietnameseText.fold(s.name()).equals(folded)
                            || (s.nameEn() != null
                                    && VietnameseText.fold(s.nameEn()).equals(folded)))
                    .findFirst()
                    .orElse(null);
            if (substance == null) {
                problems.add(new RowProblem(
                        row, CaseImportField.SUBSTANCE, "case.seizure.substance.unknown", new Object[] {substanceText
                        }));
            }
        }
        BigDecimal quantity = number(v, CaseImportField.QUANTITY, row, problems);
        SeizureUnit unit = null;
        String unitText = v.get(CaseImportField.UNIT);
        if (!unitText.isEmpty()) {
            unit = labelled(unitText, SeizureUnit.values(), u -> "seizure.unit." + u);
            if (unit == null) {
                problems.add(
                        new RowProblem(row, CaseImportField.UNIT, "caseImport.value.unknown", new Object[] {unitText}));
            }
        }
        String other = v.get(CaseImportField.OTHER_ITEMS);
        if (problems.size() > before) {
            return null;
        }
        if (substance != null) {
            if (quantity == null || unit == null) {
                problems.add(new RowProblem(
                        row,
                        quantity == null ? CaseImportField.QUANTITY : CaseImportField.UNIT,
                        "case.seizure.quantity.missing",
                        new Object[] {}));
                return null;
            }
            if (unit.counted() != substance.unit()) {
                problems.add(new RowProblem(row, CaseImportField.UNIT, "case.seizure.unit.wrong", new Object[] {
                    label("seizure.unit." + substance.unit())
                }));
                return null;
            }
        } else if (other.isEmpty()) {
            problems.add(new RowProblem(row, CaseImportField.SUBSTANCE, "case.seizure.empty", new Object[] {}));
            return null;
        }
        SeizureForm form = new SeizureForm(substance == null ? null : substance.code(), quantity, unit, other, null);
        return valid(form, row, problems) ? form : null;
    }

    /** Writes a case through the register's service; a refusal becomes a problem of the row it came from. */
    private void write(Planned plan, List<RowProblem> problems, int[] written) {
        DrugCase kase;
        try {
            kase = cases.record(plan.form());
            for (StageForm stage : plan.stages()) {
                kase = cases.act(
                        kase.getId(),
                        new StageForm(stage.action(), stage.on(), stage.mobileTrial(), kase.getVersion()));
            }
        } catch (RuleViolationException e) {
            problems.add(new RowProblem(plan.row(), fieldOf(e), e.messageKey(), e.arguments()));
            return;
        } catch (OutsideJurisdictionException e) {
            problems.add(new RowProblem(
                    plan.row(), CaseImportField.COMMUNE_CODE, "caseImport.commune.outside", new Object[] {
                        plan.form().communeCode()
                    }));
            return;
        }
        written[0]++;
        for (Part2<SuspectForm> s : plan.suspects()) {
            SuspectForm f = s.form();
            try {
                cases.addSuspect(
                        kase.getId(),
                        new SuspectForm(
                                f.personId(),
                                f.fullName(),
                                f.female(),
                                f.birthYear(),
                                f.idNumber(),
                                f.role(),
                                f.ageGroup(),
                                f.priorRecord(),
                                f.drugUser(),
                                kase.getVersion()));
                written[1]++;
            } catch (RuleViolationException e) {
                CaseImportField field =
                        e.messageKey().startsWith("person.idNumber") ? CaseImportField.SUSPECT_ID_NUMBER : fieldOf(e);
                problems.add(new RowProblem(s.row(), field, e.messageKey(), e.arguments()));
            }
        }
        for (Part2<SeizureForm> z : plan.seizures()) {
            SeizureForm f = z.form();
            try {
                cases.addSeizure(
                        kase.getId(),
                        new SeizureForm(f.substance(), f.quantity(), f.unit(), f.otherItems(), kase.getVersion()));
                written[2]++;
            } catch (RuleViolationException e) {
                problems.add(new RowProblem(z.row(), fieldOf(e), e.messageKey(), e.arguments()));
            }
        }
    }

    /** The column a refusal of the register is about. */
    private static CaseImportField fieldOf(RuleViolationException e) {
        String key = e.messageKey();
        if (e.field().isPresent()) {
            return switch (e.field().get()) {
                case "agencyId" -> CaseImportField.AGENCY;
                case "ageGroup" -> CaseImportField.SUSPECT_AGE_GROUP;
                default -> null;
            };
        }
        if (key.startsWith("case.commune")) {
            return CaseImportField.COMMUNE_CODE;
        }
        if (key.startsWith("case.agency")) {
            return CaseImportField.AGENCY;
        }
        if (key.startsWith("case.article")) {
            return CaseImportField.ARTICLES;
        }
        if (key.startsWith("case.stage")) {
            return CaseImportField.STAGE;
        }
        if (key.startsWith("case.suspect")) {
            return CaseImportField.SUSPECT_NAME;
        }
        if (key.startsWith("case.seizure")) {
            return CaseImportField.SUBSTANCE;
        }
        return null;
    }

    /** The agency named by id, code or name among the detecting agencies of the caller's and the commune's province. */
    private Optional<Long> agency(String text, AdminUnit commune, Reference reference) {
        Set<String> provinces = new LinkedHashSet<>();
        var jurisdiction = coverage.current();
        if (!jurisdiction.isNational()) {
            provinces.add(units.provinceCodeOf(jurisdiction, UnitService.FIRST_PROVINCE));
        }
        if (commune != null && commune.provinceCode() != null) {
            provinces.add(commune.provinceCode());
        }
        String folded = VietnameseText.fold(text);
        for (String province : provinces) {
            for (Agency a : reference.agencies().computeIfAbsent(province, cases::agenciesFor)) {
                if (String.valueOf(a.getId()).equals(text)
                        || (a.getCode() != null
                                && VietnameseText.fold(a.getCode()).equals(folded))
                        || VietnameseText.fold(a.getName()).equals(folded)
                        || (a.getShortName() != null
                                && VietnameseText.fold(a.getShortName()).equals(folded))) {
                    return Optional.of(a.getId());
                }
            }
        }
        return Optional.empty();
    }

    private boolean valid(Object form, int row, List<RowProblem> problems) {
        boolean ok = true;
        for (ConstraintViolation<Object> v : validator.validate(form)) {
            problems.add(new RowProblem(
                    row, field(v.getPropertyPath().toString()), "caseImport.constraint", new Object[] {v.getMessage()
                    }));
            ok = false;
        }
        return ok;
    }

    private static CaseImportField field(String property) {
        String name = property.replaceAll("\\[.*", "");
        return switch (name) {
            case "communeCode" -> CaseImportField.COMMUNE_CODE;
            case "detectedOn" -> CaseImportField.DETECTED_ON;
            case "latitude" -> CaseImportField.LATITUDE;
            case "longitude" -> CaseImportField.LONGITUDE;
            case "agencyId" -> CaseImportField.AGENCY;
            case "summary" -> CaseImportField.SUMMARY;
            case "articles" -> CaseImportField.ARTICLES;
            case "note" -> CaseImportField.NOTE;
            case "fullName" -> CaseImportField.SUSPECT_NAME;
            case "birthYear" -> CaseImportField.SUSPECT_BIRTH_YEAR;
            case "idNumber" -> CaseImportField.SUSPECT_ID_NUMBER;
            case "role" -> CaseImportField.SUSPECT_ROLE;
            case "substance" -> CaseImportField.SUBSTANCE;
            case "quantity" -> CaseImportField.QUANTITY;
            case "unit" -> CaseImportField.UNIT;
            case "otherItems" -> CaseImportField.OTHER_ITEMS;
            default -> null;
        };
    }

    private static Map<CaseImportField, String> values(List<String> cells, Map<CaseImportField, Integer> mapping) {
        Map<CaseImportField, String> v = new EnumMap<>(CaseImportField.class);
        for (CaseImportField field : CaseImportField.values()) {
            Integer column = mapping.get(field);
            String value = column == null || column >= cells.size() ? "" : cells.get(column);
            v.put(field, value == null ? "" : value.strip());
        }
        return v;
    }

    private static boolean any(Map<CaseImportField, String> v, Part part) {
        for (CaseImportField field : CaseImportField.values()) {
            if (field.part() == part && !v.get(field).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(
            Map<CaseImportField, String> v, CaseImportField field, int row, List<RowProblem> problems) {
        String text = v.get(field);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text, DMY);
        } catch (DateTimeParseException e) {
            problems.add(new RowProblem(row, field, "caseImport.date.invalid", new Object[] {text}));
            return null;
        }
    }

    /** A yes/no cell: empty, "không", "no", "0" are no; "x", "có", "yes", "1" are yes. */
    private static Boolean flag(
            Map<CaseImportField, String> v, CaseImportField field, int row, List<RowProblem> problems) {
        String text = VietnameseText.fold(v.get(field));
        return switch (text) {
            case "", "khong", "no", "0", "false", "-" -> false;
            case "x", "co", "yes", "1", "true", "v" -> true;
            default -> {
                problems.add(new RowProblem(row, field, "caseImport.flag.invalid", new Object[] {v.get(field)}));
                yield false;
            }
        };
    }

    /** A decimal typed the Vietnamese way ("1,5", "1.234,5") or with a point ("1.5"). */
    private static BigDecimal number(
            Map<CaseImportField, String> v, CaseImportField field, int row, List<RowProblem> problems) {
        String text = v.get(field).replace(" ", "");
        if (text.isEmpty()) {
            return null;
        }
        String t = text.contains(",") ? text.replace(".", "").replace(',', '.') : text;
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            problems.add(new RowProblem(row, field, "caseImport.number.invalid", new Object[] {text}));
            return null;
        }
    }

    /**
     * The value whose label (Vietnamese or English) or name the text is, with or without diacritics; a label of two
     * names ("Đồng phạm, giúp sức") answers to each of them too.
     */
    private <E extends Enum<E>> E labelled(String text, E[] values, Function<E, String> key) {
        String folded = VietnameseText.fold(text);
        Map<String, E> names = new HashMap<>();
        Map<String, E> parts = new HashMap<>();
        for (E value : values) {
            names.put(VietnameseText.fold(value.name()), value);
            for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
                String label = label(key.apply(value), locale);
                names.put(VietnameseText.fold(label), value);
                for (String part : label.split(",")) {
                    if (!part.isBlank()) {
                        parts.putIfAbsent(VietnameseText.fold(part), value);
                    }
                }
            }
        }
        return names.containsKey(folded) ? names.get(folded) : parts.get(folded);
    }

    private String label(String key) {
        return label(key, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
