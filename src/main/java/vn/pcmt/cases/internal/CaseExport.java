package vn.pcmt.cases.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.pcmt.audit.AccessEventKind;
import vn.pcmt.audit.AccessLog;
import vn.pcmt.platform.RuleViolationException;

/**
 * The case list, as filtered, to Excel (as the person register's export): for a reason, written in the file and in
 * the access log with the number of rows. The list holds no suspect's identity.
 */
@Service
public class CaseExport {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CaseService cases;
    private final AccessLog accessLog;
    private final MessageSource messages;
    private final Clock clock;

    CaseExport(CaseService cases, AccessLog accessLog, MessageSource messages, Clock clock) {
        this.cases = cases;
        this.accessLog = accessLog;
        this.messages = messages;
        this.clock = clock;
    }

    /** Writes the cases of the filter; refused without a reason or beyond the list's limit. Returns the rows. */
    @PreAuthorize("hasAuthority('CASE_READ')")
    public int write(
            String unit,
            LocalDate from,
            LocalDate to,
            String article,
            CaseStage stage,
            CaseFlag flag,
            Long agency,
            String substance,
            String reason,
            Locale locale,
            OutputStream out)
            throws IOException {
        if (reason == null || reason.strip().length() < 5) {
            throw new RuleViolationException("export.reason.required");
        }
        List<CaseRow> rows = cases.search(unit, from, to, article, stage, flag, agency, substance);
        if (rows.size() >= CaseService.LIST_LIMIT) {
            throw new RuleViolationException("case.export.tooMany", CaseService.LIST_LIMIT);
        }
        accessLog.record(
                AccessEventKind.EXPORT,
                "DrugCase",
                null,
                unit + " " + from + ".." + to + "; rows=" + rows.size() + "; reason=" + reason.strip());
        String user = SecurityContextHolder.getContext().getAuthentication().getName();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet(text("case.export.sheet", locale));
            sheet.createRow(0)
                    .createCell(0)
                    .setCellValue(text(
                            "case.export.heading",
                            locale,
                            unit,
                            from.format(DMY),
                            to.format(DMY),
                            user,
                            LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")),
                            reason.strip()));
            String[] headers = {
                "export.col.no",
                "case.detectedOn",
                "case.commune",
                "case.summary",
                "case.articles",
                "case.stage",
                "case.agency",
                "case.flag",
                "case.suspects",
                "case.seizures",
                "case.export.id"
            };
            Row header = sheet.createRow(2);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(text(headers[i], locale));
            }
            int r = 3;
            for (CaseRow k : rows) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r - 2);
                row.createCell(1).setCellValue(k.detectedOn().format(DMY));
                row.createCell(2).setCellValue(k.communeName());
                row.createCell(3).setCellValue(k.summary());
                row.createCell(4).setCellValue(String.join(", ", k.articles()));
                row.createCell(5).setCellValue(text("case.stage." + k.stage(), locale));
                row.createCell(6).setCellValue(k.agencyName());
                row.createCell(7).setCellValue(flags(k, locale));
                row.createCell(8).setCellValue(k.suspects());
                row.createCell(9).setCellValue(k.seizures());
                row.createCell(10).setCellValue(k.id());
                r++;
            }
            workbook.write(out);
            workbook.dispose();
        }
        return rows.size();
    }

    public static String fileName(LocalDate date) {
        return "vu-an-" + date.format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
    }

    private String flags(CaseRow k, Locale locale) {
        List<String> flags = new ArrayList<>();
        if (k.cyberspace()) {
            flags.add(text("case.flag.CYBERSPACE", locale));
        }
        if (k.transnational()) {
            flags.add(text("case.flag.TRANSNATIONAL", locale));
        }
        if (k.organisedRing()) {
            flags.add(text("case.flag.ORGANISED_RING", locale));
        }
        if (k.keyRoute()) {
            flags.add(text("case.flag.KEY_ROUTE", locale));
        }
        return String.join("; ", flags);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
