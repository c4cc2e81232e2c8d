package vn.pcmt.metrics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitService;
import vn.pcmt.metrics.internal.RegisterStartForm;
import vn.pcmt.metrics.internal.RegisterStarts;

/** From when each unit keeps each register, for other systems and for the standing office's tools. */
@RestController
@RequestMapping("/api/v1/register-starts")
@Tag(name = "Chỉ số", description = "The metric catalogue and its evaluation over units and periods")
class RegisterStartApiController {

    private final RegisterStarts starts;
    private final UnitService units;
    private final UnitCoverage coverage;

    RegisterStartApiController(RegisterStarts starts, UnitService units, UnitCoverage coverage) {
        this.starts = starts;
        this.units = units;
        this.coverage = coverage;
    }

    @GetMapping
    @Operation(
            summary = "From when the units of a province keep each register",
            description = "The starts entered for the province (the caller's by default) and the units it covers."
                    + " A register's figure over a period beginning before the start that applies to a unit (its own,"
                    + " else the nearest unit's above it; without any, the first record of the register in its"
                    + " province) is no data (null), and a target over it is NO_DATA, never MET.")
    List<RegisterStarts.View> list(@RequestParam(required = false) String province) {
        return starts.of(units.provinceAskedOrOwn(province, coverage.current()));
    }

    @PutMapping
    @Operation(
            summary = "Set from when a unit keeps a register (standing office)",
            description =
                    "register: PEOPLE, HOTSPOTS, KEY_LOCALITIES, DRUG_FREE or CASES. Creates the unit's start or moves"
                            + " it (give the version read to move it). 422 for a date after today or an unknown unit; 403"
                            + " outside the caller's jurisdiction; 409 when the version is not the current one.")
    RegisterStarts.View set(@Valid @RequestBody RegisterStartForm form) {
        return starts.set(form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a unit's start (the nearest unit's above it, or the first record, then applies)")
    void delete(@PathVariable long id, @RequestParam long version) {
        starts.delete(id, version);
    }
}
