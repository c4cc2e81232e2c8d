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
        return ListImport.run(transactions, table, headers(locale), cells -> {
            FacilityKind kind = cells.choice(
                    1, FacilityKind.class, k -> messages.getMessage("facility.kind." + k.name(), null, locale));
            if (kind == null) {
                throw cells.problem(1, "import.cell.required");
            }
            facilities.record(new FacilityForm(
                    cells.required(0),
                    kind,
                    cells.required(2),
                    cells.yesNo(3),
                    cells.text(4),
                    cells.date(5),
                    requiredDate(cells, 6),
                    cells.date(7),
                    null,
                    cells.count(8),
                    cells.count(9),
                    cells.count(10),
                    cells.count(11),
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
