package vn.pcmt.outreach.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.pcmt.outreach.internal.OutreachLists;
import vn.pcmt.platform.ListImportResponses;

/**
 * Schools, industrial zones, media and outreach activities imported from Excel by other systems: all rows or none
 * (ADR 048, ADR 052).
 */
@RestController
@PreAuthorize("hasAuthority('OUTREACH_EDIT')")
@Tag(name = "Tuyên truyền phòng, chống ma túy", description = "Schools, industrial zones, media, outreach activities")
class OutreachListApiController {

    static final String ANSWERS = " Columns are found by their headings, in Vietnamese or English, with or without"
            + " diacritics, in any order (a sheet naming none of them is read in the template's order). Each row goes"
            + " through the register's rules and the caller's jurisdiction. 201 `{rows, imported}`; 422 problem"
            + " (`code` `listImport.failed.rows`) whose `errors` lists every problem of every row (`row` as numbered"
            + " in the sheet, `column` as headed in the template, `code`, `message`) and nothing is written; 400"
            + " problem when the file is empty, over 10 MB, not a readable .xlsx or without a header row; 403 without"
            + " the right to edit outreach. A commune outside the caller's jurisdiction is a problem of its row"
            + " (`import.list.outside`).";

    private final OutreachLists lists;
    private final MessageSource messages;

    OutreachListApiController(OutreachLists lists, MessageSource messages) {
        this.lists = lists;
        this.messages = messages;
    }

    private ResponseEntity<?> run(OutreachLists.Kind kind, MultipartFile file, String location) {
        return ListImportResponses.run(
                file, location, messages, bytes -> lists.run(kind, bytes, LocaleContextHolder.getLocale()));
    }

    @PostMapping(value = "/api/v1/schools/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a school list (.xlsx: commune code, name, level, open from, to): every row or none",
            description = "The template is `/outreach/schools/import/template`." + ANSWERS)
    ResponseEntity<?> importSchools(
            @Parameter(description = "the .xlsx file") @RequestParam("file") MultipartFile file) {
        return run(OutreachLists.Kind.SCHOOLS, file, "/api/v1/schools");
    }

    @PostMapping(value = "/api/v1/industrial-zones/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import industrial zones (.xlsx: name, commune codes, workers, counted on): every row or none",
            description = "The template is `/outreach/zones/import/template`." + ANSWERS)
    ResponseEntity<?> importZones(@Parameter(description = "the .xlsx file") @RequestParam("file") MultipartFile file) {
        return run(OutreachLists.Kind.ZONES, file, "/api/v1/industrial-zones");
    }

    @PostMapping(value = "/api/v1/media/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import media (.xlsx: province code, name, kind, major, drug column since, until): every row or"
                    + " none",
            description = "The template is `/outreach/media/import/template`." + ANSWERS)
    ResponseEntity<?> importMedia(@Parameter(description = "the .xlsx file") @RequestParam("file") MultipartFile file) {
        return run(OutreachLists.Kind.MEDIA, file, "/api/v1/media");
    }

    @PostMapping(value = "/api/v1/outreach-activities/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import outreach activities (.xlsx: commune codes, date, form, audience, title, medium,"
                    + " participants, organising agency, schools and zones reached by name, note): every row or none",
            description = "The template is `/outreach/activities/import/template`. Form and audience by their label or"
                    + " code; the medium, the agency, the schools (separated by `;`) and zones by name, among those of"
                    + " the row's communes and province; communes by their code in force on the day held."
                    + ANSWERS)
    ResponseEntity<?> importActivities(
            @Parameter(description = "the .xlsx file") @RequestParam("file") MultipartFile file) {
        return run(OutreachLists.Kind.ACTIVITIES, file, "/api/v1/outreach-activities");
    }
}
