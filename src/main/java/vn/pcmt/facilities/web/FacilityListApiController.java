package vn.pcmt.facilities.web;

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
import vn.pcmt.facilities.internal.FacilityLists;
import vn.pcmt.platform.ListImportResponses;

/** The facility list imported from Excel by other systems: all rows or none (ADR 048, ADR 052). */
@RestController
@PreAuthorize("hasAuthority('FACILITY_EDIT')")
@Tag(
        name = "Cơ sở cai nghiện, y tế",
        description = "Rehab facilities, health stations, reception points, substitution clinics; qualifications and"
                + " the legal conditions of public rehab facilities")
class FacilityListApiController {

    private final FacilityLists lists;
    private final MessageSource messages;

    FacilityListApiController(FacilityLists lists, MessageSource messages) {
        this.lists = lists;
        this.messages = messages;
    }

    @PostMapping(value = "/api/v1/facilities/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a facility list (.xlsx, the first sheet: a header row, one facility per row): every row"
                    + " or none",
            description = "The columns of the template (`/facilities/import/template`) are found by their headings, in"
                    + " Vietnamese or English, with or without diacritics, in any order (a sheet naming none of them"
                    + " is read in the template's order). Each row goes through the register's rules and the caller's"
                    + " jurisdiction. 201 `{rows, imported}`; 422 problem (`code` `listImport.failed.rows`) whose"
                    + " `errors` lists every problem of every row (`row` as numbered in the sheet, `column` as headed"
                    + " in the template, `code`, `message`) and nothing is written; 400 problem when the file is empty,"
                    + " over 10 MB, not a readable .xlsx or without a header row; 403 without the right to edit"
                    + " facilities. A commune outside the caller's jurisdiction is a problem of its row"
                    + " (`import.list.outside`).")
    ResponseEntity<?> importFacilities(
            @Parameter(description = "the .xlsx file") @RequestParam("file") MultipartFile file) {
        return ListImportResponses.run(
                file, "/api/v1/facilities", messages, bytes -> lists.run(bytes, LocaleContextHolder.getLocale()));
    }
}
