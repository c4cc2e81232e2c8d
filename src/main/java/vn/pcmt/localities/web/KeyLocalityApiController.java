package vn.pcmt.localities.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.localities.internal.ClassificationService;
import vn.pcmt.localities.internal.CommuneClassification;
import vn.pcmt.localities.internal.CommuneYearFigure;
import vn.pcmt.localities.internal.CommuneYearFigureForm;
import vn.pcmt.localities.internal.KeyLocality;
import vn.pcmt.localities.internal.KeyLocalityFigures;
import vn.pcmt.localities.internal.KeyLocalityForm;
import vn.pcmt.localities.internal.KeyLocalityRow;
import vn.pcmt.localities.internal.KeyLocalityService;
import vn.pcmt.localities.internal.KeyLocalityState;
import vn.pcmt.localities.internal.LocalityThreshold;
import vn.pcmt.platform.ListPeriod;

/** Key complex localities and the classification of communes, for other systems. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Địa bàn trọng điểm", description = "Key complex localities and the Decision 28/2025 classification")
class KeyLocalityApiController {

    private final KeyLocalityService localities;
    private final ClassificationService classification;
    private final Clock clock;

    KeyLocalityApiController(KeyLocalityService localities, ClassificationService classification, Clock clock) {
        this.localities = localities;
        this.classification = classification;
        this.clock = clock;
    }

    @GetMapping("/key-localities")
    @Operation(summary = "Key localities of a unit (and what it covers) selected by a date, with their state then")
    List<KeyLocalityRow> list(
            @RequestParam String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return localities.list(unit, date == null ? LocalDate.now(clock) : date);
    }

    @GetMapping("/key-localities/stats")
    @Operation(summary = "Selected, transformed, complex again and not complex again over a period (NB3)")
    KeyLocalityFigures stats(
            @RequestParam String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ListPeriod period = ListPeriod.strict(from, to, clock);
        return localities.figures(unit, period.from(), period.to());
    }

    @GetMapping("/key-localities/{id}")
    KeyLocalityDto get(@PathVariable long id) {
        KeyLocality k = localities.get(id);
        return KeyLocalityDto.of(k, localities.unitOf(k).code(), LocalDate.now(clock));
    }

    @PostMapping("/key-localities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Select a commune (or village) as a key locality by decision (standing office)")
    KeyLocalityDto select(@Valid @RequestBody KeyLocalityForm form) {
        KeyLocality k = localities.select(form);
        return KeyLocalityDto.of(k, localities.unitOf(k).code(), LocalDate.now(clock));
    }

    @PostMapping("/key-localities/{id}/transformation")
    @Operation(summary = "Record the transformation (chuyển hóa) by decision")
    KeyLocalityDto transform(@PathVariable long id, @Valid @RequestBody Transformation body) {
        KeyLocality k = localities.transform(id, body.on(), body.decision(), body.version());
        return KeyLocalityDto.of(k, localities.unitOf(k).code(), LocalDate.now(clock));
    }

    @PostMapping("/key-localities/{id}/complex-again")
    @Operation(summary = "Record that a transformed locality is complex again (tái phức tạp)")
    KeyLocalityDto complexAgain(@PathVariable long id, @Valid @RequestBody ComplexAgain body) {
        KeyLocality k = localities.complexAgain(id, body.on(), body.reason(), body.version());
        return KeyLocalityDto.of(k, localities.unitOf(k).code(), LocalDate.now(clock));
    }

    @GetMapping("/localities/classification")
    @Operation(
            summary = "Proposed classification of the communes of a unit for a year (Decision 28/2025/QĐ-TTg)",
            description = "Each commune with the numbers behind each criterion and the criteria met for each type.")
    List<CommuneClassification> classification(@RequestParam String unit, @RequestParam int year) {
        return classification.propose(unit, year);
    }

    @GetMapping("/localities/thresholds")
    @Operation(summary = "The classification thresholds in force on a date; unconfirmed ones are marked")
    List<LocalityThreshold> thresholds(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return classification.thresholds(date == null ? LocalDate.now(clock) : date);
    }

    @PutMapping("/localities/figures")
    @Operation(summary = "Enter a commune's figures for a year (population, arrests, cultivation destroyed, route)")
    CommuneYearFigureDto saveFigures(@Valid @RequestBody CommuneYearFigureForm form) {
        return CommuneYearFigureDto.of(classification.saveFigures(form), form.communeCode());
    }

    record Transformation(@NotNull LocalDate on, @Size(max = 100) String decision, @NotNull Long version) {}

    record ComplexAgain(@NotNull LocalDate on, @Size(max = 4000) String reason, @NotNull Long version) {}

    record KeyLocalityDto(
            long id,
            String communeCode,
            Long villageId,
            String localityType,
            String decisionNumber,
            LocalDate decisionDate,
            LocalDate periodFrom,
            LocalDate periodTo,
            String reasons,
            String criteriaMet,
            String transformationPlan,
            LocalDate transformedOn,
            String transformedDecision,
            LocalDate complexAgainOn,
            String complexAgainReason,
            KeyLocalityState state,
            long version) {

        static KeyLocalityDto of(KeyLocality k, String communeCode, LocalDate today) {
            return new KeyLocalityDto(
                    k.getId(),
                    communeCode,
                    k.getVillageId(),
                    k.getLocalityType(),
                    k.getDecisionNumber(),
                    k.getDecisionDate(),
                    k.getPeriodFrom(),
                    k.getPeriodTo(),
                    k.getReasons(),
                    k.getCriteriaMet(),
                    k.getTransformationPlan(),
                    k.getTransformedOn(),
                    k.getTransformedDecision(),
                    k.getComplexAgainOn(),
                    k.getComplexAgainReason(),
                    k.stateOn(today),
                    k.getVersion());
        }
    }

    record CommuneYearFigureDto(
            String communeCode,
            int year,
            Integer population,
            Integer drugArrests,
            Integer plantsDestroyed,
            java.math.BigDecimal cultivationAreaM2,
            boolean onTraffickingRoute,
            String note,
            long version) {

        static CommuneYearFigureDto of(CommuneYearFigure f, String code) {
            return new CommuneYearFigureDto(
                    code,
                    f.getYear(),
                    f.getPopulation(),
                    f.getDrugArrests(),
                    f.getPlantsDestroyed(),
                    f.getCultivationAreaM2(),
                    f.isOnTraffickingRoute(),
                    f.getNote(),
                    f.getVersion());
        }
    }
}
