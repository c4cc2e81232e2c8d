package vn.pcmt.people.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.pcmt.audit.AccessEventKind;
import vn.pcmt.audit.AccessLog;
import vn.pcmt.platform.RuleViolationException;

/**
 * A list of people to Excel, for roles allowed to export, with a reason. The file says it holds sensitive personal
 * data, who exported it, when and why; the export is in the access log.
 */
@Service
public class PersonExport {

    /** More than a commune or a province holds; beyond it the officer narrows the search. */
    public static final int MAX_ROWS = 50_000;

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PersonService people;
    private final AccessLog accessLog;
    private final CurrentOfficer officer;
    private final MessageSource messages;
    private final Clock clock;

    PersonExport(
            PersonService people, AccessLog accessLog, CurrentOfficer officer, MessageSource messages, Clock clock) {
        this.people = people;
        this.accessLog = accessLog;
        this.officer = officer;
        this.messages = messages;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('PERSON_EXPORT')")
    public int write(PersonSearch search, String reason, Locale locale, OutputStream out) throws IOException {
        if (reason == null || reason.strip().length() < 5) {
            throw new RuleViolationException("export.reason.required");
        }
        Page<PersonRow> rows = people.rows(search.onOr(LocalDate.now(clock)), PageRequest.of(0, MAX_ROWS), false);
        if (rows.getTotalElements() > MAX_ROWS) {
            throw new RuleViolationException("export.tooMany", MAX_ROWS);
        }
        accessLog.record(
                AccessEventKind.EXPORT,
                "Person",
                null,
                "rows=" + rows.getNumberOfElements() + "; reason=" + reason.strip());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet(text("export.sheet", locale));
            sheet.createRow(0)
                    .createCell(0)
                    .setCellValue(text(
                            "export.warning",
                            locale,
                            officer.username(),
                            LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")),
                            reason.strip()));
            String[] headers = {
                "export.col.no",
                "person.fullName",
                "person.aliases",
                "person.birth",
                "person.sex",
                "person.idNumber",
                "person.commune",
                "people.statuses"
            };
            Row header = sheet.createRow(2);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(text(headers[i], locale));
            }
            int r = 3;
            for (PersonRow p : rows) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r - 2);
                row.createCell(1).setCellValue(p.fullName());
                row.createCell(2).setCellValue(p.aliases() == null ? "" : p.aliases());
                row.createCell(3)
                        .setCellValue(
                                p.birthDate() != null ? p.birthDate().format(DMY) : String.valueOf(p.birthYear()));
                row.createCell(4).setCellValue(text("sex." + p.sex(), locale));
                row.createCell(5).setCellValue(p.idNumber() == null ? "" : p.idNumber());
                row.createCell(6).setCellValue(p.communeName());
                row.createCell(7)
                        .setCellValue(p.statuses().stream()
                                .map(s -> text("status." + s, locale))
                                .collect(Collectors.joining("; ")));
                r++;
            }
            workbook.write(out);
            workbook.dispose();
        }
        return rows.getNumberOfElements();
    }

    public static String fileName(LocalDate date) {
        return "doi-tuong-" + date.format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
