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
import java.util.Map;
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

    /** The three reference lists and the activities (ADR 052), by their path segment. */
    public enum Kind {
        SCHOOLS("schools"),
        ZONES("zones"),
        MEDIA("media"),
        ACTIVITIES("activities");

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
                        case ACTIVITIES -> List.of(
                                "communes",
                                "heldOn",
                                "form",
                                "audience",
                                "title",
                                "medium",
                                "participants",
                                "agency",
                                "schools",
                                "zones",
                                "note");
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
                    case ACTIVITIES -> List.of(
                            "11953, 11956",
                            "15/03/2025",
                            text("outreach.form.TALK", locale),
                            text("outreach.audience.STUDENTS", locale),
                            "Nói chuyện chuyên đề phòng, chống ma túy học đường",
                            "",
                            "350",
                            "",
                            "Trường THCS Lê Quý Đôn",
                            "",
                            "");
                };
        return Workbooks.write(
                text("outreach.import.sheet." + kind.path(), locale), null, headers(kind, locale), List.of(example));
    }

    /** Imports the rows of the first sheet into the list: all of them, or none when any has a problem. */
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    public ListImport.Report run(Kind kind, byte[] file, Locale locale) throws IOException {
        Workbooks.Table table = Workbooks.read(file);
        return ListImport.run(
                transactions, table, headers(kind, locale), otherNames(kind), fields(kind), optional(kind), cells -> {
                    switch (kind) {
                        case ACTIVITIES -> activity(cells, locale);
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
                            List<String> communes = Arrays.stream(
                                            cells.required(1).split("[,;\\s]+"))
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
                            MediumKind medium = cells.choice(
                                    2, MediumKind.class, m -> text("outreach.mediumKind." + m.name(), locale));
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

    /** The form fields a rule of the register names, by the template's column, for each list (ADR 052). */
    private static Map<String, Integer> fields(Kind kind) {
        return switch (kind) {
            case SCHOOLS -> Map.of("communeCode", 0, "name", 1, "level", 2, "validFrom", 3, "validTo", 4);
            case ZONES -> Map.of("name", 0, "communeCodes", 1, "workers", 2, "workersCountedOn", 3);
            case MEDIA -> Map.of(
                    "provinceCode", 0, "name", 1, "kind", 2, "major", 3, "columnSince", 4, "columnUntil", 5);
            case ACTIVITIES -> Map.of(
                    "communeCodes", 0,
                    "heldOn", 1,
                    "form", 2,
                    "audience", 3,
                    "title", 4,
                    "mediumId", 5,
                    "participants", 6,
                    "agencyId", 7,
                    "schoolIds", 8,
                    "zoneIds", 9);
        };
    }

    /** The columns a sheet may leave out, for each list. */
    private static java.util.Set<Integer> optional(Kind kind) {
        return switch (kind) {
            case SCHOOLS -> java.util.Set.of(3, 4);
            case ZONES -> java.util.Set.of();
            case MEDIA -> java.util.Set.of(3, 4, 5);
            case ACTIVITIES -> java.util.Set.of(5, 6, 7, 8, 9, 10);
        };
    }

    /** Usual headings of registers kept in Excel, without diacritics, by column (besides both languages' labels). */
    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("activities.communes", List.of("ma xa", "ma cac xa", "xa phuong", "dia ban", "commune codes")),
            Map.entry("activities.heldOn", List.of("ngay", "ngay to chuc", "ngay thuc hien", "thoi gian", "date")),
            Map.entry("activities.form", List.of("hinh thuc", "hinh thuc tuyen truyen", "form")),
            Map.entry("activities.audience", List.of("doi tuong", "doi tuong tuyen truyen", "audience")),
            Map.entry("activities.title", List.of("noi dung", "tieu de", "ten hoat dong", "chu de", "title")),
            Map.entry("activities.medium", List.of("co quan bao chi", "bao dai", "medium")),
            Map.entry(
                    "activities.participants",
                    List.of("so nguoi", "so nguoi tham du", "so luot nguoi", "luot nguoi", "participants")),
            Map.entry("activities.agency", List.of("co quan to chuc", "don vi to chuc", "don vi chu tri", "agency")),
            Map.entry("activities.schools", List.of("truong hoc", "truong", "schools")),
            Map.entry("activities.zones", List.of("khu cong nghiep", "khu cum cong nghiep", "zones")),
            Map.entry("activities.note", List.of("ghi chu", "note")),
            Map.entry("schools.commune", List.of("ma xa phuong", "commune code")),
            Map.entry("schools.name", List.of("ten truong hoc", "truong")),
            Map.entry("zones.name", List.of("ten khu cong nghiep", "ten cum cong nghiep")),
            Map.entry("zones.workers", List.of("so lao dong", "so cong nhan")),
            Map.entry("media.name", List.of("ten bao", "ten co quan")));

    /** Each column's other names: its label in both languages and its synonyms. */
    private List<List<String>> otherNames(Kind kind) {
        String prefix = "outreach.import.col." + kind.path() + ".";
        return kind.columns().stream()
                .map(key -> {
                    List<String> names = new ArrayList<>();
                    names.add(text(key, Locale.forLanguageTag("vi")));
                    names.add(text(key, Locale.ENGLISH));
                    names.addAll(SYNONYMS.getOrDefault(kind.path() + "." + key.substring(prefix.length()), List.of()));
                    return names;
                })
                .toList();
    }

    /**
     * One activity: the communes by code (in force on the day), the form and audience by label or code, the medium,
     * the organising agency, the schools and zones by name (those of the communes reached); every problem of the
     * row at once, then the register's own rules through {@link OutreachService#record}.
     */
    private void activity(ListImport.Cells cells, Locale locale) {
        List<String> codes = cells.parts(0, "[,;\\s]+");
        if (codes.isEmpty()) {
            cells.read(() -> {
                throw cells.problem(0, "import.cell.required");
            });
        }
        LocalDate day = cells.read(() -> required(cells, 1, cells.date(1)));
        OutreachForm form = cells.read(() -> required(
                cells, 2, cells.choice(2, OutreachForm.class, f -> text("outreach.form." + f.name(), locale))));
        Audience audience = cells.read(() -> required(
                cells, 3, cells.choice(3, Audience.class, a -> text("outreach.audience." + a.name(), locale))));
        String title = cells.read(() -> cells.required(4));
        Integer participants = cells.read(() -> cells.count(6));
        List<Long> communes = day == null ? List.of() : outreach.communesOn(codes, day);
        if (day != null && communes.size() < codes.size()) {
            for (String code : codes) {
                if (outreach.communesOn(List.of(code), day).isEmpty()) {
                    cells.read(() -> {
                        throw cells.problem(0, "outreach.commune.unknown", code, day.format(DMY));
                    });
                }
            }
        }
        Long medium = null;
        String mediumName = cells.text(5);
        if (mediumName != null && day != null && communes.size() == codes.size()) {
            medium = one(cells, 5, outreach.mediaNamed(mediumName, communes), mediumName);
        }
        Long agency = null;
        String agencyName = cells.text(7);
        if (agencyName != null) {
            agency = one(cells, 7, outreach.agenciesNamed(agencyName), agencyName);
        }
        List<Long> schools = new ArrayList<>();
        List<Long> zones = new ArrayList<>();
        if (day != null && communes.size() == codes.size()) {
            for (String name : cells.parts(8, "[;\\n]+")) {
                Long id = one(cells, 8, outreach.schoolsNamed(name, communes), name);
                if (id != null) {
                    schools.add(id);
                }
            }
            for (String name : cells.parts(9, "[;\\n]+")) {
                Long id = one(cells, 9, outreach.zonesNamed(name, communes), name);
                if (id != null) {
                    zones.add(id);
                }
            }
        }
        cells.checked();
        outreach.record(new ActivityForm(
                day, form, audience, title, codes, schools, zones, medium, participants, agency, cells.text(10), null));
    }

    private static <T> T required(ListImport.Cells cells, int column, T value) {
        if (value == null) {
            throw cells.problem(column, "import.cell.required");
        }
        return value;
    }

    /** The one record a name names, or a problem of the cell: none found, or several of that name. */
    private static Long one(ListImport.Cells cells, int column, List<Long> found, String name) {
        return cells.read(() -> {
            if (found.isEmpty()) {
                throw cells.problem(column, "outreach.import.notFound", name);
            }
            if (found.size() > 1) {
                throw cells.problem(column, "outreach.import.ambiguous", name);
            }
            return found.get(0);
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
            case ACTIVITIES -> throw new IllegalArgumentException("activities are listed by period, not exported here");
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
