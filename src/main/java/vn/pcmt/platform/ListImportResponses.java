package vn.pcmt.platform;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The answers of the list import API (ADR 052), in the shape of {@code POST /api/v1/cases/import} (ADR 045): 201 with
 * the rows read and written; 422 problem ({@code code} {@code listImport.failed.rows}) whose {@code errors} lists
 * every problem of every row (row as numbered in the sheet, column as headed in the template, code, message) when
 * nothing was written; 400 problem when the file is empty, larger than {@link Workbooks#MAX_BYTES}, not a readable
 * .xlsx or without a header row.
 */
public final class ListImportResponses {

    private ListImportResponses() {}

    /** What an import wrote: the rows read and the records written. */
    public record Imported(int rows, int imported) {}

    /** The import of one list, given the file's bytes: a service call that may throw an {@link IOException}. */
    @FunctionalInterface
    public interface Importer {
        ListImport.Report run(byte[] file) throws IOException;
    }

    /** Checks the file, runs the import and answers; {@code location} is the list's API path. */
    public static ResponseEntity<?> run(
            MultipartFile file, String location, MessageSource messages, Importer importer) {
        if (file == null || file.isEmpty() || file.getSize() > Workbooks.MAX_BYTES) {
            return badFile("import.file.size", messages);
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
            if (Workbooks.read(bytes).headers().isEmpty()) {
                return badFile("import.file.empty", messages);
            }
        } catch (IOException | RuntimeException e) {
            return badFile("import.file.unreadable", messages);
        }
        ListImport.Report report;
        try {
            report = importer.run(bytes);
        } catch (IOException e) {
            return badFile("import.file.unreadable", messages);
        } catch (AccessDeniedException e) {
            throw e;
        }
        if (report.ok()) {
            return ResponseEntity.created(URI.create(location)).body(new Imported(report.rows(), report.imported()));
        }
        return rowProblems(
                "listImport.failed.rows",
                report.rows(),
                report.problems().stream()
                        .map(p -> new RowProblem(p.row(), p.column(), p.messageKey(), p.arguments()))
                        .toList(),
                messages);
    }

    /** A problem of one row of a sheet: the row as numbered in the sheet, its column (or none), what is wrong. */
    public record RowProblem(int row, String column, String messageKey, Object[] arguments) {}

    /**
     * The 422 problem of an import that wrote nothing ({@code code} as given): every problem of every row, each with
     * its row, column, code and message, for the people, case and list imports alike.
     */
    public static ResponseEntity<ProblemDetail> rowProblems(
            String code, int rows, List<RowProblem> problems, MessageSource messages) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("import.report.failed", new Object[] {problems.size(), rows}, locale));
        problem.setProperty("code", code);
        List<Map<String, Object>> errors = problems.stream()
                .map(p -> {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("row", p.row());
                    e.put("column", p.column());
                    e.put("code", p.messageKey());
                    e.put("message", messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale));
                    return e;
                })
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.unprocessableEntity()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The 400 problem of a file that cannot be imported ({@code key}: its code and message). */
    public static ResponseEntity<ProblemDetail> badFile(String key, MessageSource messages) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage(key, null, LocaleContextHolder.getLocale()));
        problem.setProperty("code", key);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
