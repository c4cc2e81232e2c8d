package vn.pcmt.outreach.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The reference lists of outreach (schools, industrial zones, media) to and from Excel (ADR 048): a template per
 * list, the import (all or nothing, each row through the service, so the rules and the jurisdiction apply) and the
 * export of a unit's list with a reason, in the access log as an export.
 */
@Service
public class OutreachLists {

    /** The three lists, by their path segment. */
    public enum Kind {
        SCHOOLS("schools"),
        ZONES("zones"),
        MEDIA("media");

        private final String path;

        Kind(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }

        public static Kind of(String path) {
            return Arrays.stream(values())
                    .filter(k -> k.path.equals(path))
                    .findFirst()
                    .orElseThrow();
        }

        /** The template's columns, in order: message keys of their headers. */
        List<String> columns() {
            String prefix = "outreach.import.col." + path + ".";
            List<String> names =
                    switch (this) {
                        case SCHOOLS -> List.of("commune", "name", "level", "validFrom", "validTo");
                        case ZONES -> List.of("name", "communes", "workers", "countedOn");
                        case MEDIA -> List.of("province", "name", "kind", "major", "columnSince", "columnUntil");
                    };
            return names.stream().map(c -> prefix + c).toList();
        }
    }

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final OutreachService outreach;
    private final AccessLog accessLog;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OutreachLists(
            OutreachService outreach,
            AccessLog accessLog,
            MessageSource messages,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.outreach = outreach;
        this.accessLog = accessLog;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private List<String> headers(Kind kind, Locale locale) {
        return kind.columns().stream().map(k -> text(k, locale)).toList();
    }

    /** The empty template of a list, with one example row. */
    public byte[] template(Kind kind, Locale locale) throws IOException {
        List<String> example =
                switch (kind) {
                    case SCHOOLS -> List.of(
                            "11953", "Trường THCS Lê Quý Đôn", text("outreach.level.LOWER_SECONDARY", locale), "", "");
                    case ZONES -> List.of("Khu công nghiệp Phố Nối A", "12004, 12103", "38500", "01/01/2026");
                    case MEDIA -> List.of(
                            "33",
                            "Báo Hưng Yên",
                            text("outreach.mediumKind.NEWSPAPER", locale),
                            "có",
                            "01/01/2023",
                            "");
                };
        return Workbooks.write(
                text("outreach.import.sheet." + kind.path(), locale), null, headers(kind, locale), List.of(example));
    }

    /** Imports the rows of the first sheet into the list: all of them, or none when any has a problem. */
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    public ListImport.Report run(Kind kind, byte[] file, Locale locale) throws IOException {
        Workbooks.Table table = Workbooks.read(file);
        return ListImport.run(transactions, table, headers(kind, locale), cells -> {
            switch (kind) {
                case SCHOOLS -> {
                    SchoolLevel level =
                            cells.choice(2, SchoolLevel.class, l -> text("outreach.level." + l.name(), locale));
                    if (level == null) {
                        throw cells.problem(2, "import.cell.required");
                    }
                    outreach.addSchool(new SchoolForm(
                            cells.required(0), cells.required(1), level, cells.date(3), cells.date(4), null));
                }
                case ZONES -> {
                    List<String> communes = Arrays.stream(cells.required(1).split("[,;\\s]+"))
                            .filter(c -> !c.isBlank())
                            .toList();
                    Integer workers = cells.count(2);
                    LocalDate counted = cells.date(3);
                    if (workers == null) {
                        throw cells.problem(2, "import.cell.required");
                    }
                    if (counted == null) {
                        throw cells.problem(3, "import.cell.required");
                    }
                    outreach.addZone(new ZoneForm(cells.required(0), communes, workers, counted, null));
                }
                case MEDIA -> {
                    MediumKind medium =
                            cells.choice(2, MediumKind.class, m -> text("outreach.mediumKind." + m.name(), locale));
                    if (medium == null) {
                        throw cells.problem(2, "import.cell.required");
                    }
                    outreach.addMedium(new MediumForm(
                            cells.required(0),
                            cells.required(1),
                            medium,
                            cells.yesNo(3),
                            cells.date(4),
                            cells.date(5),
                            null));
                }
            }
        });
    }

    /** The list of a unit to Excel; refused without a reason. */
    @PreAuthorize("hasAuthority('OUTREACH_READ')")
    public byte[] export(Kind kind, String unitCode, String reason, Locale locale) throws IOException {
        if (reason == null || reason.strip().length() < 5) {
            throw new RuleViolationException("export.reason.required");
        }
        List<List<String>> rows = new ArrayList<>();
        String yes = text("facility.export.yes", locale);
        String no = text("facility.export.no", locale);
        switch (kind) {
            case SCHOOLS -> outreach.schools(unitCode)
                    .forEach(s -> rows.add(List.of(
                            s.communeCode(),
                            s.name(),
                            text("outreach.level." + s.level().name(), locale),
                            day(s.validFrom()),
                            day(s.validTo()))));
            case ZONES -> outreach.zones(unitCode)
                    .forEach(z -> rows.add(
                            List.of(z.name(), z.communes(), String.valueOf(z.workers()), day(z.workersCountedOn()))));
            case MEDIA -> outreach.media(unitCode)
                    .forEach(m -> rows.add(List.of(
                            m.provinceName(),
                            m.name(),
                            text("outreach.mediumKind." + m.kind().name(), locale),
                            m.major() ? yes : no,
                            day(m.columnSince()),
                            day(m.columnUntil()))));
        }
        if (rows.size() >= OutreachService.LIST_LIMIT) {
            throw new RuleViolationException("outreach.export.tooMany", OutreachService.LIST_LIMIT);
        }
        accessLog.record(
                AccessEventKind.EXPORT,
                "Outreach." + kind.path(),
                null,
                unitCode + "; rows=" + rows.size() + "; reason=" + reason.strip());
        String user = SecurityContextHolder.getContext().getAuthentication().getName();
        List<String> headers = new ArrayList<>(headers(kind, locale));
        if (kind == Kind.ZONES) {
            headers.set(1, text("outreach.export.col.communes", locale));
        } else if (kind == Kind.MEDIA) {
            headers.set(0, text("outreach.export.col.province", locale));
        }
        return Workbooks.write(
                text("outreach.import.sheet." + kind.path(), locale),
                messages.getMessage(
                        "outreach.export.heading",
                        new Object[] {
                            text("outreach.import.sheet." + kind.path(), locale),
                            unitCode,
                            user,
                            LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")),
                            reason.strip()
                        },
                        locale),
                headers,
                rows);
    }

    private static String day(LocalDate date) {
        return date == null ? "" : date.format(DMY);
    }
}
