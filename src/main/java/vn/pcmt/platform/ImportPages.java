package vn.pcmt.platform;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * The pages of an import with column mapping (people, cases; ADR 049): download the template, upload a workbook
 * (kept in the session while the user maps its columns), map the columns, run, show the row report. A register's
 * controller names its template, its fields and its service; the steps between are here, with the fragments of
 * {@code templates/fragments/import.html}.
 */
public final class ImportPages {

    private ImportPages() {}

    /** An uploaded file read as a sheet, or the message key of why it cannot be ({@code import.file.*}). */
    public record Upload(byte[] file, Workbooks.Table sheet, String error) {

        /** Reads the upload: at most {@link Workbooks#MAX_BYTES}, a readable workbook, a header row. */
        public static Upload of(MultipartFile file) throws IOException {
            if (file.isEmpty() || file.getSize() > Workbooks.MAX_BYTES) {
                return new Upload(null, null, "import.file.size");
            }
            byte[] bytes = file.getBytes();
            Workbooks.Table sheet;
            try {
                sheet = Workbooks.read(bytes);
            } catch (IOException | RuntimeException e) {
                return new Upload(bytes, null, "import.file.unreadable");
            }
            if (sheet.headers().isEmpty()) {
                return new Upload(bytes, null, "import.file.empty");
            }
            return new Upload(bytes, sheet, null);
        }

        public boolean ok() {
            return error == null;
        }
    }

    /** The template as a download. */
    public static ResponseEntity<byte[]> template(String fileName, byte[] body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.CONTENT_TYPE, Workbooks.XLSX)
                .body(body);
    }

    /**
     * The upload step: the sheet when the file can be read, kept in the session under {@code key}, with the model of
     * the mapping page (file name, headers, a sample of five rows, the row count); empty with the model's
     * {@code error} otherwise (the upload page shows it).
     */
    public static Optional<Workbooks.Table> upload(MultipartFile file, HttpSession session, String key, Model model)
            throws IOException {
        Upload upload = Upload.of(file);
        if (!upload.ok()) {
            model.addAttribute("error", upload.error());
            return Optional.empty();
        }
        Workbooks.Table sheet = upload.sheet();
        session.setAttribute(key, upload.file());
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("headers", sheet.headers());
        model.addAttribute(
                "sample",
                sheet.rows().stream().filter(Objects::nonNull).limit(5).toList());
        model.addAttribute("rowCount", sheet.rows().size());
        return Optional.of(sheet);
    }

    /**
     * The upload step of an import that reads its file as a stream (people, ADR 057): as {@link #upload}, the file
     * kept in the session under {@code key}, but only its headers, first rows and row count read now.
     */
    public static Optional<Workbooks.Summary> uploadStreamed(
            MultipartFile file, HttpSession session, String key, Model model) throws IOException {
        Optional<Workbooks.Summary> summary = summary(file, model);
        summary.ifPresent(s -> {
            try {
                session.setAttribute(key, file.getBytes());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("headers", s.headers());
            model.addAttribute("sample", s.sample());
            model.addAttribute("rowCount", s.rows());
        });
        return summary;
    }

    /** A file's headers, first rows and row count, or empty with the model's {@code error} (import.file.*). */
    public static Optional<Workbooks.Summary> summary(MultipartFile file, Model model) throws IOException {
        if (file.isEmpty() || file.getSize() > Workbooks.MAX_BYTES) {
            model.addAttribute("error", "import.file.size");
            return Optional.empty();
        }
        Workbooks.Summary summary;
        try {
            summary = Workbooks.summary(file.getBytes(), 5);
        } catch (IOException | RuntimeException e) {
            model.addAttribute("error", "import.file.unreadable");
            return Optional.empty();
        }
        if (summary.headers().isEmpty()) {
            model.addAttribute("error", "import.file.empty");
            return Optional.empty();
        }
        return Optional.of(summary);
    }

    /** The file kept by {@link #uploadStreamed}, or empty with the model's {@code error} when it expired. */
    public static Optional<byte[]> uploadedFile(HttpSession session, String key, Model model) {
        byte[] bytes = (byte[]) session.getAttribute(key);
        if (bytes == null) {
            model.addAttribute("error", "import.file.expired");
        }
        return Optional.ofNullable(bytes);
    }

    /** The run step: the sheet kept by {@link #upload}, or empty with the model's {@code error} when it expired. */
    public static Optional<Workbooks.Table> uploaded(HttpSession session, String key, Model model) throws IOException {
        byte[] bytes = (byte[]) session.getAttribute(key);
        if (bytes == null) {
            model.addAttribute("error", "import.file.expired");
            return Optional.empty();
        }
        return Optional.of(Workbooks.read(bytes));
    }

    /** The report step: the report in the model; the kept file is forgotten once the import is done. */
    public static void report(boolean done, Object report, HttpSession session, String key, Model model) {
        if (done) {
            session.removeAttribute(key);
        }
        model.addAttribute("report", report);
    }

    /** The columns chosen for the fields, as the mapping form sends them: {@code field_<FIELD>=<column index>}. */
    public static <F extends Enum<F>> Map<F, Integer> mapping(Class<F> fields, Map<String, String> params) {
        Map<F, Integer> mapping = new EnumMap<>(fields);
        for (F field : fields.getEnumConstants()) {
            String column = params.get("field_" + field.name());
            if (column != null && column.matches("\\d{1,3}")) {
                mapping.put(field, Integer.valueOf(column));
            }
        }
        return mapping;
    }
}
