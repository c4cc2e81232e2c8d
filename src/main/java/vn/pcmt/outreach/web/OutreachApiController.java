package vn.pcmt.outreach.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.outreach.internal.ActivityForm;
import vn.pcmt.outreach.internal.ActivityRow;
import vn.pcmt.outreach.internal.Audience;
import vn.pcmt.outreach.internal.IndustrialZone;
import vn.pcmt.outreach.internal.Medium;
import vn.pcmt.outreach.internal.MediumForm;
import vn.pcmt.outreach.internal.MediumKind;
import vn.pcmt.outreach.internal.MediumRow;
import vn.pcmt.outreach.internal.OutreachActivity;
import vn.pcmt.outreach.internal.OutreachForm;
import vn.pcmt.outreach.internal.OutreachService;
import vn.pcmt.outreach.internal.School;
import vn.pcmt.outreach.internal.SchoolForm;
import vn.pcmt.outreach.internal.SchoolLevel;
import vn.pcmt.outreach.internal.SchoolRow;
import vn.pcmt.outreach.internal.ZoneForm;
import vn.pcmt.outreach.internal.ZoneRow;

/**
 * The outreach registers for other systems, inside the caller's jurisdiction: schools, industrial zones, media and
 * outreach activities. Refusals are RFC 9457 problems (422 a broken rule, 409 a stale version, 403 outside).
 */
@RestController
@Tag(name = "Tuyên truyền phòng, chống ma túy", description = "Schools, industrial zones, media, outreach activities")
class OutreachApiController {

    private final OutreachService outreach;

    OutreachApiController(OutreachService outreach) {
        this.outreach = outreach;
    }

    // --- schools

    @GetMapping("/api/v1/schools")
    @Operation(summary = "Schools of a unit (and what it covers)")
    List<SchoolRow> schools(@Parameter(description = "unit code (province or commune)") @RequestParam String unit) {
        return outreach.schools(unit);
    }

    @GetMapping("/api/v1/schools/{id}")
    @Operation(summary = "A school")
    SchoolDto school(@PathVariable long id) {
        return dto(outreach.school(id));
    }

    @PostMapping("/api/v1/schools")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a school in a commune of the caller's jurisdiction")
    SchoolDto addSchool(@Valid @RequestBody SchoolForm form) {
        return dto(outreach.addSchool(form));
    }

    @PutMapping("/api/v1/schools/{id}")
    @Operation(summary = "Correct a school (or close it with `validTo`); `version` must be the one read")
    SchoolDto correctSchool(@PathVariable long id, @Valid @RequestBody SchoolForm form) {
        return dto(outreach.correctSchool(id, form));
    }

    @DeleteMapping("/api/v1/schools/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a school entered by mistake (kept in the history)")
    void deleteSchool(@PathVariable long id, @RequestParam long version) {
        outreach.deleteSchool(id, version);
    }

    // --- industrial zones

    @GetMapping("/api/v1/industrial-zones")
    @Operation(summary = "Industrial zones lying (in part) in a unit")
    List<ZoneRow> zones(@Parameter(description = "unit code (province or commune)") @RequestParam String unit) {
        return outreach.zones(unit);
    }

    @GetMapping("/api/v1/industrial-zones/{id}")
    @Operation(summary = "An industrial zone")
    ZoneDto zone(@PathVariable long id) {
        return dto(outreach.zone(id));
    }

    @PostMapping("/api/v1/industrial-zones")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an industrial zone over communes of the caller's jurisdiction, with its workers")
    ZoneDto addZone(@Valid @RequestBody ZoneForm form) {
        return dto(outreach.addZone(form));
    }

    @PutMapping("/api/v1/industrial-zones/{id}")
    @Operation(summary = "Correct a zone or count its workers again; `version` must be the one read")
    ZoneDto correctZone(@PathVariable long id, @Valid @RequestBody ZoneForm form) {
        return dto(outreach.correctZone(id, form));
    }

    @DeleteMapping("/api/v1/industrial-zones/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a zone entered by mistake (kept in the history)")
    void deleteZone(@PathVariable long id, @RequestParam long version) {
        outreach.deleteZone(id, version);
    }

    // --- media

    @GetMapping("/api/v1/media")
    @Operation(summary = "Media of the province of a unit")
    List<MediumRow> media(@Parameter(description = "unit code (province or commune)") @RequestParam String unit) {
        return outreach.media(unit);
    }

    @GetMapping("/api/v1/media/{id}")
    @Operation(summary = "A medium")
    MediumDto medium(@PathVariable long id) {
        return dto(outreach.medium(id));
    }

    @PostMapping("/api/v1/media")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a medium of a province the caller covers (major or not, its drug column)")
    MediumDto addMedium(@Valid @RequestBody MediumForm form) {
        return dto(outreach.addMedium(form));
    }

    @PutMapping("/api/v1/media/{id}")
    @Operation(summary = "Correct a medium (its column since, until); `version` must be the one read")
    MediumDto correctMedium(@PathVariable long id, @Valid @RequestBody MediumForm form) {
        return dto(outreach.correctMedium(id, form));
    }

    @DeleteMapping("/api/v1/media/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a medium entered by mistake (kept in the history)")
    void deleteMedium(@PathVariable long id, @RequestParam long version) {
        outreach.deleteMedium(id, version);
    }

    // --- activities

    @GetMapping("/api/v1/outreach-activities")
    @Operation(summary = "Outreach activities that reached a unit in a period (this year by default), newest first")
    List<ActivityRow> activities(
            @Parameter(description = "unit code (province or commune)") @RequestParam String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return outreach.activities(unit, from, to);
    }

    @GetMapping("/api/v1/outreach-activities/{id}")
    @Operation(summary = "An outreach activity")
    ActivityDto activity(@PathVariable long id) {
        return dto(outreach.activity(id));
    }

    @PostMapping("/api/v1/outreach-activities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record an outreach activity",
            description = "Communes by code in force on `heldOn`; schools in force that day and zones must lie in"
                    + " them; an ARTICLE or BROADCAST names its medium.")
    ActivityDto record(@Valid @RequestBody ActivityForm form) {
        return dto(outreach.record(form));
    }

    @PutMapping("/api/v1/outreach-activities/{id}")
    @Operation(summary = "Correct an outreach activity; `version` must be the one read")
    ActivityDto correct(@PathVariable long id, @Valid @RequestBody ActivityForm form) {
        return dto(outreach.correct(id, form));
    }

    @DeleteMapping("/api/v1/outreach-activities/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an activity recorded by mistake (kept in the history)")
    void delete(@PathVariable long id, @RequestParam long version) {
        outreach.delete(id, version);
    }

    // --- shapes

    private SchoolDto dto(School s) {
        return new SchoolDto(
                s.getId(),
                outreach.unitOf(s.getCommuneId()).code(),
                s.getName(),
                s.getLevel(),
                s.getValidFrom(),
                s.getValidTo(),
                s.getVersion());
    }

    private ZoneDto dto(IndustrialZone z) {
        return new ZoneDto(
                z.getId(),
                z.getName(),
                outreach.unitsOf(z.getCommuneIds()).stream()
                        .map(AdminUnit::code)
                        .toList(),
                z.getWorkers(),
                z.getWorkersCountedOn(),
                z.getVersion());
    }

    private MediumDto dto(Medium m) {
        return new MediumDto(
                m.getId(),
                outreach.unitOf(m.getProvinceId()).code(),
                m.getName(),
                m.getKind(),
                m.isMajor(),
                m.getColumnSince(),
                m.getColumnUntil(),
                m.getVersion());
    }

    private ActivityDto dto(OutreachActivity a) {
        return new ActivityDto(
                a.getId(),
                a.getHeldOn(),
                a.getForm(),
                a.getAudience(),
                a.getTitle(),
                outreach.unitsOf(a.getCommuneIds()).stream()
                        .map(AdminUnit::code)
                        .toList(),
                a.getSchoolIds(),
                a.getZoneIds(),
                a.getMediumId(),
                a.getParticipants(),
                a.getAgencyId(),
                a.getNote(),
                a.getVersion());
    }

    /** A school as the API shows it. */
    record SchoolDto(
            long id,
            String communeCode,
            String name,
            SchoolLevel level,
            LocalDate validFrom,
            LocalDate validTo,
            long version) {}

    /** An industrial zone as the API shows it. */
    record ZoneDto(
            long id, String name, List<String> communeCodes, int workers, LocalDate workersCountedOn, long version) {}

    /** A medium as the API shows it. */
    record MediumDto(
            long id,
            String provinceCode,
            String name,
            MediumKind kind,
            boolean major,
            LocalDate columnSince,
            LocalDate columnUntil,
            long version) {}

    /** An outreach activity as the API shows it. */
    record ActivityDto(
            long id,
            LocalDate heldOn,
            OutreachForm form,
            Audience audience,
            String title,
            List<String> communeCodes,
            Set<Long> schoolIds,
            Set<Long> zoneIds,
            Long mediumId,
            Integer participants,
            Long agencyId,
            String note,
            long version) {}
}
