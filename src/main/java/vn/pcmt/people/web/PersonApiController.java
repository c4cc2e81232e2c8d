package vn.pcmt.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.people.PeopleStats;
import vn.pcmt.people.WorkItem;
import vn.pcmt.people.WorkList;
import vn.pcmt.people.internal.Episode;
import vn.pcmt.people.internal.EpisodeEnd;
import vn.pcmt.people.internal.EpisodeForm;
import vn.pcmt.people.internal.EventForm;
import vn.pcmt.people.internal.PeopleFigures;
import vn.pcmt.people.internal.Person;
import vn.pcmt.people.internal.PersonEvent;
import vn.pcmt.people.internal.PersonExport;
import vn.pcmt.people.internal.PersonForm;
import vn.pcmt.people.internal.PersonMerge;
import vn.pcmt.people.internal.PersonRow;
import vn.pcmt.people.internal.PersonSearch;
import vn.pcmt.people.internal.PersonService;
import vn.pcmt.people.internal.PersonStatus;
import vn.pcmt.people.internal.RecordService;

/** The person register for other systems, through the same jurisdiction check and access log as the pages. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "Đối tượng", description = "People under management, their episodes and events")
class PersonApiController {

    /** The most people one page of the API returns. */
    static final int MAX_PAGE_SIZE = 100;

    private final PersonService people;
    private final RecordService records;
    private final PeopleStats stats;
    private final WorkList workList;
    private final PersonExport exporter;
    private final PersonMerge merges;
    private final vn.pcmt.people.internal.DocumentService documentService;
    private final Clock clock;

    PersonApiController(
            PersonService people,
            RecordService records,
            PeopleStats stats,
            WorkList workList,
            PersonExport exporter,
            PersonMerge merges,
            vn.pcmt.people.internal.DocumentService documentService,
            Clock clock) {
        this.people = people;
        this.records = records;
        this.stats = stats;
        this.workList = workList;
        this.exporter = exporter;
        this.merges = merges;
        this.documentService = documentService;
        this.clock = clock;
    }

    @GetMapping
    @Operation(
            summary =
                    "Search people by name or alias (with or without diacritics) or ID number, year of birth, commune, officer, status on a date;"
                            + " a name with one typo (a letter wrong, missing, extra or two swapped; from 4 letters) is"
                            + " found too, after every exact match (ADR 056);"
                            + " at most 100 a page, identification numbers masked; the search is logged")
    PagedModel<PersonRow> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer birthYear,
            @RequestParam(required = false) String commune,
            @RequestParam(required = false) String officer,
            @RequestParam(required = false) PersonStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page");
        }
        return new PagedModel<>(people.search(
                new PersonSearch(q, birthYear, commune, officer, status, date), PageRequest.of(page, size)));
    }

    @GetMapping(value = "/export", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The search result as an Excel file; `reason` is required and the export is logged")
    org.springframework.http.ResponseEntity<byte[]> export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer birthYear,
            @RequestParam(required = false) String commune,
            @RequestParam(required = false) PersonStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "") String reason)
            throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        exporter.write(
                new PersonSearch(q, birthYear, commune, null, status, date),
                reason,
                org.springframework.context.i18n.LocaleContextHolder.getLocale(),
                out);
        return org.springframework.http.ResponseEntity.ok()
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + PersonExport.fileName(LocalDate.now(clock)) + "\"")
                .body(out.toByteArray());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Register a person; a possible duplicate (same name and birth) is refused unless confirmDuplicate")
    PersonDto create(@Valid @RequestBody PersonForm form) {
        Person person = people.create(form);
        return PersonDto.of(person, people.idNumberFor(person), Set.of());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A person with statuses on a date (today by default); the view is logged")
    PersonDto get(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        Person person = people.view(id);
        return PersonDto.of(
                person, people.idNumberFor(person), people.statuses(id, date == null ? LocalDate.now(clock) : date));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a person's identity; `version` must be the one read")
    PersonDto update(@PathVariable long id, @Valid @RequestBody PersonForm form) {
        Person person = people.update(id, form);
        return PersonDto.of(person, people.idNumberFor(person), Set.of());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a person softly (the record and its history stay)")
    void delete(@PathVariable long id, @RequestParam long version) {
        people.delete(id, version);
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Merge the duplicate record into this one (episodes and events move; nothing is deleted)")
    PersonDto merge(@PathVariable long id, @RequestParam long duplicate, @RequestParam long version) {
        Person person = merges.merge(id, version, duplicate);
        return PersonDto.of(person, people.idNumberFor(person), Set.of());
    }

    @GetMapping("/{id}/documents")
    @Operation(summary = "Documents attached to the record (without their content)")
    List<DocumentDto> documents(@PathVariable long id) {
        return documentService.list(id).stream().map(DocumentDto::of).toList();
    }

    @PostMapping(value = "/{id}/documents", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a PDF, JPEG or PNG document of at most 5 MB")
    DocumentDto attach(
            @PathVariable long id,
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
            @RequestParam(defaultValue = "") String description)
            throws java.io.IOException {
        return DocumentDto.of(documentService.attach(id, file.getOriginalFilename(), file.getBytes(), description));
    }

    @GetMapping("/{id}/documents/{documentId}")
    @Operation(summary = "The document itself; the view is logged")
    org.springframework.http.ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
        return DocumentController.download(documentService.open(id, documentId));
    }

    @DeleteMapping("/{id}/documents/{documentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteDocument(@PathVariable long id, @PathVariable long documentId, @RequestParam long version) {
        documentService.delete(id, documentId, version);
    }

    /** A document as listed. */
    record DocumentDto(long id, String fileName, String contentType, int sizeBytes, String description, long version) {
        static DocumentDto of(vn.pcmt.people.internal.PersonDocument d) {
            return new DocumentDto(
                    d.getId(),
                    d.getFileName(),
                    d.getContentType(),
                    d.getSizeBytes(),
                    d.getDescription(),
                    d.getVersion());
        }
    }

    @GetMapping("/{id}/episodes")
    List<Episode> episodes(@PathVariable long id) {
        return records.episodes(id);
    }

    @PostMapping("/{id}/episodes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Open an episode (management, determination, rehab, post-rehab, substitution, prison, flag), checked against the law in force")
    Episode openEpisode(@PathVariable long id, @Valid @RequestBody EpisodeForm form) {
        return records.open(id, form);
    }

    @PostMapping("/{id}/episodes/{episodeId}/end")
    @Operation(summary = "End a running episode (for a determination: its result)")
    Episode endEpisode(@PathVariable long id, @PathVariable long episodeId, @Valid @RequestBody EpisodeEnd end) {
        return records.end(id, episodeId, end);
    }

    @DeleteMapping("/{id}/episodes/{episodeId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteEpisode(@PathVariable long id, @PathVariable long episodeId, @RequestParam long version) {
        records.deleteEpisode(id, episodeId, version);
    }

    @GetMapping("/{id}/events")
    List<PersonEvent> events(@PathVariable long id) {
        return records.events(id);
    }

    @PostMapping("/{id}/events")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Record a drug test, check-in, home visit or service; a positive test in the art. 256a window is flagged")
    PersonEvent recordEvent(@PathVariable long id, @Valid @RequestBody EventForm form) {
        return records.record(id, form);
    }

    @DeleteMapping("/{id}/events/{eventId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteEvent(@PathVariable long id, @PathVariable long eventId, @RequestParam long version) {
        records.deleteEvent(id, eventId, version);
    }

    @GetMapping("/stats")
    @Operation(
            summary =
                    "Counts by status for a unit and everything it covers, on a date, or over a period (from/to) with flows")
    PeopleFigures stats(
            @RequestParam String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (from != null || to != null) {
            if (from == null || to == null) {
                throw new IllegalArgumentException("from and to");
            }
            return stats.over(unit, from, to);
        }
        return stats.asOf(unit, date == null ? LocalDate.now(clock) : date);
    }

    @GetMapping("/work-list")
    @Operation(
            summary =
                    "The caller's due items: endings, overdue determinations and registrations, missing check-ins, flagged tests")
    List<WorkItem> workList() {
        return workList.due(LocalDate.now(clock));
    }
}
