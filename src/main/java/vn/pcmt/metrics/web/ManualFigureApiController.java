package vn.pcmt.metrics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitService;
import vn.pcmt.metrics.FigureStatus;
import vn.pcmt.metrics.ManualFigure;
import vn.pcmt.metrics.ManualFigures;
import vn.pcmt.metrics.ManualMetric;
import vn.pcmt.metrics.MetricKind;
import vn.pcmt.metrics.Metrics;
import vn.pcmt.metrics.Register;
import vn.pcmt.metrics.internal.FigureRow;
import vn.pcmt.metrics.internal.ManualFigureForm;
import vn.pcmt.metrics.internal.ManualMetricForm;

/** Manual figures: definitions by the standing office, values by the agency responsible, review. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Số liệu nhập tay", description = "Figures no register holds, entered per unit and period and reviewed")
class ManualFigureApiController {

    private final ManualFigures manual;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final Metrics catalogue;

    ManualFigureApiController(ManualFigures manual, UnitService units, UnitCoverage coverage, Metrics catalogue) {
        this.manual = manual;
        this.catalogue = catalogue;
        this.units = units;
        this.coverage = coverage;
    }

    @GetMapping("/manual-metrics")
    @Operation(summary = "The manual figures a province defined (the caller's province by default)")
    List<MetricDto> list(@RequestParam(required = false) String province) {
        String code = units.provinceAskedOrOwn(province, coverage.current());
        return manual.definitions(code).stream().map(MetricDto::of).toList();
    }

    @PostMapping("/manual-metrics")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Define a manual figure of the province (standing office); code `manual.…`")
    MetricDto define(@RequestParam String province, @Valid @RequestBody ManualMetricForm form) {
        return MetricDto.of(manual.define(province, form));
    }

    @GetMapping("/manual-metrics/stand-ins")
    @Operation(
            summary = "The register metrics a province entered figures for by hand, for periods before its units kept"
                    + " the register (the caller's province by default)",
            description = "Each is a manual figure whose `code` is the register metric's (e.g. `people.addicts`);"
                    + " its figures are entered and reviewed like any manual figure's (ADR 035).")
    List<MetricDto> standIns(@RequestParam(required = false) String province) {
        String code = units.provinceAskedOrOwn(province, coverage.current());
        return manual.standIns(code).stream().map(MetricDto::of).toList();
    }

    @PutMapping("/manual-metrics/stand-ins")
    @Operation(
            summary = "Open a register metric for figures entered by hand before a unit kept the register",
            description = "The province's manual figure standing in for the register metric `code`, created the first"
                    + " time (idempotent). Then `POST /manual-metrics/{id}/figures` enters a value for a unit and a"
                    + " period; it is accepted only for a period before the start of the register that applies to the"
                    + " unit (a flow beginning, a stock on a date, before it; 422 otherwise, with `since`). Once"
                    + " accepted it counts in `/metrics/{code}/values` where the register has no data, marked"
                    + " `manual: true`. An unknown code is refused (422) with the register metrics in `accepted`.")
    MetricDto standIn(@RequestParam String province, @RequestParam String code) {
        return MetricDto.of(catalogue.standIn(province, code));
    }

    @GetMapping("/manual-metrics/{id}")
    MetricDto get(@PathVariable long id) {
        return MetricDto.of(manual.get(id));
    }

    @PutMapping("/manual-metrics/{id}")
    @Operation(summary = "Change a definition (not its code); `version` must be the one read")
    MetricDto update(@PathVariable long id, @RequestParam long version, @Valid @RequestBody ManualMetricForm form) {
        return MetricDto.of(manual.update(id, form, version));
    }

    @DeleteMapping("/manual-metrics/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @RequestParam long version) {
        manual.delete(id, version);
    }

    @GetMapping("/manual-metrics/{id}/figures")
    @Operation(summary = "The values entered for the units of the caller's jurisdiction, latest period first")
    List<FigureDto> figures(@PathVariable long id) {
        return manual.figures(id).stream().map(FigureDto::of).toList();
    }

    @PostMapping("/manual-metrics/{id}/figures")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Enter a value for a unit and period; it waits for review",
            description = "A value already entered for the same unit and period is corrected when `version` is the"
                    + " one read, refused otherwise (422 with `figureId`).")
    FigureDto enter(@PathVariable long id, @Valid @RequestBody ManualFigureForm form) {
        ManualFigure figure = manual.enter(id, form);
        return manual.figures(id).stream()
                .filter(r -> r.figure().getId().equals(figure.getId()))
                .map(FigureDto::of)
                .findFirst()
                .orElseThrow();
    }

    @PostMapping("/manual-figures/{id}/review")
    @Operation(summary = "Accept a value (it counts from now on) or return it with a comment (standing office)")
    FigureStatus review(@PathVariable long id, @Valid @RequestBody ReviewDto review) {
        return manual.review(id, review.accept(), review.comment(), review.version())
                .getStatus();
    }

    @DeleteMapping("/manual-figures/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteFigure(@PathVariable long id, @RequestParam long version) {
        manual.deleteFigure(id, version);
    }

    record ReviewDto(boolean accept, @jakarta.validation.constraints.Size(max = 2000) String comment, long version) {}

    record MetricDto(
            long id,
            String provinceCode,
            String code,
            String name,
            String definition,
            MetricKind kind,
            String unit,
            Long agencyId,
            @io.swagger.v3.oas.annotations.media.Schema(
                            description = "The register whose metric this stands in for before a unit kept it; null"
                                    + " for a figure of its own (`manual.…`)")
                    Register standsFor,
            long version) {
        static MetricDto of(ManualMetric m) {
            return new MetricDto(
                    m.getId(),
                    m.getProvinceCode(),
                    m.getCode(),
                    m.getName(),
                    m.getDefinition(),
                    m.getKind(),
                    m.getUnit(),
                    m.getAgencyId(),
                    m.standsFor().orElse(null),
                    m.getVersion());
        }
    }

    record FigureDto(
            long id,
            long metricId,
            String unitCode,
            String unitName,
            LocalDate periodFrom,
            LocalDate periodTo,
            BigDecimal value,
            String note,
            FigureStatus status,
            String enteredBy,
            Instant enteredAt,
            String reviewedBy,
            Instant reviewedAt,
            String reviewComment,
            long version) {
        static FigureDto of(FigureRow r) {
            ManualFigure f = r.figure();
            return new FigureDto(
                    f.getId(),
                    f.getMetricId(),
                    r.unitCode(),
                    r.unitName(),
                    f.getPeriodFrom(),
                    f.getPeriodTo(),
                    f.getValue(),
                    f.getNote(),
                    f.getStatus(),
                    f.getEnteredBy(),
                    f.getEnteredAt(),
                    f.getReviewedBy(),
                    f.getReviewedAt(),
                    f.getReviewComment(),
                    f.getVersion());
        }
    }
}
