package vn.pcmt.facilities.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pcmt.audit.AccessEventKind;
import vn.pcmt.audit.AccessLog;
import vn.pcmt.platform.ListImport;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.platform.Workbooks;

/**
 * The facility list to and from Excel (ADR 048): the import template, the import (all or nothing, through {@link
 * FacilityService#record}, so every rule and the jurisdiction apply to each row) and the export of a unit's list
 * with a reason, in the access log as an export.
 */
@Service
public class FacilityLists {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The template's columns, in order: message keys of their headers. */
    static final List<String> COLUMNS = List.of(
            "facility.import.col.commune",
            "facility.import.col.kind",
            "facility.import.col.name",
            "facility.import.col.public",
            "facility.import.col.licenceNumber",
            "facility.import.col.licenceDate",
            "facility.import.col.validFrom",
            "facility.import.col.validTo",
            "facility.import.col.voluntaryAdults",
            "facility.import.col.voluntaryMinors",
            "facility.import.col.compulsoryAdults",
            "facility.import.col.compulsoryMinors",
            "facility.import.col.note");

    /** The column of each form field a rule of the register names. */
    private static final java.util.Map<String, Integer> FIELDS = java.util.Map.of(
            "communeCode", 0, "kind", 1, "name", 2, "licenceNumber", 4, "licenceDate", 5, "validFrom", 6, "validTo", 7);

    private final FacilityService facilities;
    private final AccessLog accessLog;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FacilityLists(
            FacilityService facilities,
            AccessLog accessLog,
            MessageSource messages,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.facilities = facilities;
        this.accessLog = accessLog;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    private List<String> headers(Locale locale) {
        return COLUMNS.stream().map(k -> messages.getMessage(k, null, locale)).toList();
    }

    /** The empty template with one example row. */
    public byte[] template(Locale locale) throws IOException {
        List<String> example = List.of(
                "11953",
                messages.getMessage("facility.kind.HEALTH_STATION", null, locale),
                "Trạm Y tế phường Phố Hiến",
                "có",
                "",
                "",
                "01/07/2025",
                "",
                "",
                "",
                "",
                "",
                "");
        return Workbooks.write(
                messages.getMessage("facility.import.sheet", null, locale), null, headers(locale), List.of(example));
    }

    /** Imports the rows of the first sheet: all of them, or none when any has a problem. */
    @PreAuthorize("hasAuthority('FACILITY_EDIT')")
    public ListImport.Report run(byte[] file, Locale locale) throws IOException {
        Workbooks.Table table = Workbooks.read(file);
        List<List<String>> otherNames = COLUMNS.stream()
                .map(k -> List.of(
                        messages.getMessage(k, null, Locale.forLanguageTag("vi")),
                        messages.getMessage(k, null, Locale.ENGLISH)))
                .toList();
        return ListImport.run(
                transactions,
                table,
                headers(locale),
                otherNames,
                FIELDS,
                java.util.Set.of(3, 4, 5, 7, 8, 9, 10, 11, 12),
                cells -> {
                    // every cell's problem of the row at once (ADR 052), then the register's rules
                    FacilityKind kind = cells.read(() -> {
                        FacilityKind k = cells.choice(
                                1,
                                FacilityKind.class,
                                x -> messages.getMessage("facility.kind." + x.name(), null, locale));
                        if (k == null) {
                            throw cells.problem(1, "import.cell.required");
                        }
                        return k;
                    });
                    String commune = cells.read(() -> cells.required(0));
                    String name = cells.read(() -> cells.required(2));
                    Boolean publicOwned = cells.read(() -> cells.yesNo(3));
                    LocalDate licenceDate = cells.read(() -> cells.date(5));
                    LocalDate validFrom = cells.read(() -> requiredDate(cells, 6));
                    LocalDate validTo = cells.read(() -> cells.date(7));
                    Integer voluntaryAdults = cells.read(() -> cells.count(8));
                    Integer voluntaryMinors = cells.read(() -> cells.count(9));
                    Integer compulsoryAdults = cells.read(() -> cells.count(10));
                    Integer compulsoryMinors = cells.read(() -> cells.count(11));
                    cells.checked();
                    facilities.record(new FacilityForm(
                            commune,
                            kind,
                            name,
                            publicOwned,
                            cells.text(4),
                            licenceDate,
                            validFrom,
                            validTo,
                            null,
                            voluntaryAdults,
                            voluntaryMinors,
                            compulsoryAdults,
                            compulsoryMinors,
                            cells.text(12),
                            null));
                });
    }

    private static LocalDate requiredDate(ListImport.Cells cells, int column) {
        LocalDate day = cells.date(column);
        if (day == null) {
            throw cells.problem(column, "import.cell.required");
        }
        return day;
    }

    /** The facilities of the unit open on the day, of a kind or all, to Excel; refused without a reason. */
    @PreAuthorize("hasAuthority('FACILITY_READ')")
    public byte[] export(String unitCode, FacilityKind kind, LocalDate on, String reason, Locale locale)
            throws IOException {
        if (reason == null || reason.strip().length() < 5) {
            throw new RuleViolationException("export.reason.required");
        }
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        List<FacilityRow> rows = facilities.search(unitCode, kind, day);
        if (rows.size() >= FacilityService.LIST_LIMIT) {
            throw new RuleViolationException("facility.export.tooMany", FacilityService.LIST_LIMIT);
        }
        accessLog.record(
                AccessEventKind.EXPORT,
                "Facility",
                null,
                unitCode + " " + day + (kind == null ? "" : " " + kind) + "; rows=" + rows.size() + "; reason="
                        + reason.strip());
        String user = SecurityContextHolder.getContext().getAuthentication().getName();
        List<String> headers = List.of(
                messages.getMessage("export.col.no", null, locale),
                messages.getMessage("facility.import.col.name", null, locale),
                messages.getMessage("facility.import.col.kind", null, locale),
                messages.getMessage("facility.export.col.commune", null, locale),
                messages.getMessage("facility.import.col.public", null, locale),
                messages.getMessage("facility.import.col.validFrom", null, locale),
                messages.getMessage("facility.import.col.validTo", null, locale),
                messages.getMessage("facility.export.qualified", null, locale));
        List<List<String>> values = new ArrayList<>();
        String yes = messages.getMessage("facility.export.yes", null, locale);
        String no = messages.getMessage("facility.export.no", null, locale);
        for (FacilityRow r : rows) {
            values.add(List.of(
                    String.valueOf(values.size() + 1),
                    r.name(),
                    messages.getMessage("facility.kind." + r.kind().name(), null, locale),
                    r.communeName(),
                    r.publicOwned() ? yes : no,
                    r.validFrom().format(DMY),
                    r.validTo() == null ? "" : r.validTo().format(DMY),
                    r.qualified() ? yes : no));
        }
        return Workbooks.write(
                messages.getMessage("facility.export.sheet", null, locale),
                messages.getMessage(
                        "facility.export.heading",
                        new Object[] {
                            unitCode,
                            day.format(DMY),
                            user,
                            LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")),
                            reason.strip()
                        },
                        locale),
                headers,
                values);
    }
}
