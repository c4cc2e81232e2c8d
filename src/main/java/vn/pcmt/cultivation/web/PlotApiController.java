package vn.pcmt.cultivation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import vn.pcmt.cultivation.internal.CultivationPlot;
import vn.pcmt.cultivation.internal.CultivationService;
import vn.pcmt.cultivation.internal.DestructionForm;
import vn.pcmt.cultivation.internal.PlantSpecies;
import vn.pcmt.cultivation.internal.PlotForm;
import vn.pcmt.cultivation.internal.PlotRow;
import vn.pcmt.cultivation.internal.PlotState;
import vn.pcmt.cultivation.internal.ReplantingForm;
import vn.pcmt.platform.ListPeriod;

/** The cultivation register for other systems, inside the caller's jurisdiction. */
@RestController
@RequestMapping("/api/v1/cultivation-plots")
@Tag(name = "Trồng cây có chứa chất ma túy", description = "Illegal cultivation: plots found, destroyed, re-planted")
class PlotApiController {

    private final CultivationService plots;
    private final Clock clock;

    PlotApiController(CultivationService plots, Clock clock) {
        this.plots = plots;
        this.clock = clock;
    }

    @GetMapping
    @Operation(
            summary = "Plots of a unit (and what it covers) found in a period, in a state at its end",
            description = "Without `to`, today; without `from`, 1 January of the year of `to`.")
    List<PlotRow> list(
            @Parameter(description = "unit code (province or commune)") @RequestParam String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) PlotState state,
            @RequestParam(required = false) PlantSpecies species) {
        ListPeriod period = ListPeriod.strict(from, to, clock);
        return plots.search(unit, period.from(), period.to(), state, species);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A plot")
    PlotDto get(@PathVariable long id) {
        return dto(plots.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a plot found in a commune of the caller's jurisdiction (the commune code of the day)")
    PlotDto create(@Valid @RequestBody PlotForm form) {
        return dto(plots.record(form));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a plot; `version` must be the one read")
    PlotDto update(@PathVariable long id, @Valid @RequestBody PlotForm form) {
        return dto(plots.correct(id, form));
    }

    @PostMapping("/{id}/destruction")
    @Operation(summary = "Record the destruction of a standing plot (date, by whom); `version` as read")
    PlotDto destroy(@PathVariable long id, @Valid @RequestBody DestructionForm form) {
        return dto(plots.destroy(id, form));
    }

    @PostMapping("/{id}/replanting")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plants found again on a destroyed plot: a new plot linked to it (tái trồng)")
    PlotDto replant(@PathVariable long id, @Valid @RequestBody ReplantingForm form) {
        return dto(plots.replant(id, form));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a plot recorded by mistake (kept in the history)")
    void delete(@PathVariable long id, @RequestParam long version) {
        plots.delete(id, version);
    }

    private PlotDto dto(CultivationPlot p) {
        return new PlotDto(
                p.getId(),
                plots.communeOf(p).code(),
                p.getSpecies(),
                p.getSpeciesNote(),
                p.getAreaM2(),
                p.getPlants(),
                p.getFoundOn(),
                p.getFoundBy(),
                p.getLatitude(),
                p.getLongitude(),
                p.getAddress(),
                p.getDestroyedOn(),
                p.getDestroyedBy(),
                p.getReplantedFromId(),
                p.getNote(),
                p.stateOn(LocalDate.now(clock)),
                p.getVersion());
    }

    /** A plot as the API shows it. */
    record PlotDto(
            long id,
            String communeCode,
            PlantSpecies species,
            String speciesNote,
            BigDecimal areaM2,
            int plants,
            LocalDate foundOn,
            String foundBy,
            BigDecimal latitude,
            BigDecimal longitude,
            String address,
            LocalDate destroyedOn,
            String destroyedBy,
            Long replantedFromId,
            String note,
            PlotState state,
            long version) {}
}
