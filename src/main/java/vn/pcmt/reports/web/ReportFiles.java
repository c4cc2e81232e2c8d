package vn.pcmt.reports.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A report's file as a download, the same for the pages and the API. */
enum ReportFiles {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", MediaType.APPLICATION_PDF_VALUE),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final MediaType type;

    ReportFiles(String extension, String type) {
        this.extension = extension;
        this.type = MediaType.parseMediaType(type);
    }

    ResponseEntity<byte[]> download(long id, byte[] content) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"bao-cao-" + id + "." + extension + "\"")
                .body(content);
    }
}
