package vn.pcmt.plans.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.plans.ReportKind;
import vn.pcmt.plans.Reporters;
import vn.pcmt.plans.ReportingRegime;
import vn.pcmt.plans.ReportingRegimes;
import vn.pcmt.plans.internal.RegimeForm;

/** A plan's reporting regime for other systems: which reports it asks of whom, by when, sent to whom. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Kế hoạch", description = "Plans, their targets over the metric catalogue, and their progress")
class RegimeApiController {

    private final ReportingRegimes regimes;

    RegimeApiController(ReportingRegimes regimes) {
        this.regimes = regimes;
    }

    @GetMapping("/plans/{id}/regimes")
    @Operation(
            summary = "The plan's reporting regime: kinds of report, reporters, period start and end, deadline,"
                    + " recipient",
            description = "Reporters: COMMUNES, DISTRICTS (periods before 1/7/2025), DEPARTMENTS, PROVINCE"
                    + " (FACILITIES is refused until the facility register exists). A yearly report's period starts"
                    + " on periodStartDay/periodStartMonth (1/1 when empty; a day after the end day, such as 15/12"
                    + " for a period ending 14/12, falls in the year before) and never before the plan starts.")
    List<RegimeDto> regimes(@PathVariable long id) {
        return regimes.of(id).stream().map(RegimeDto::of).toList();
    }

    @PostMapping("/plans/{id}/regimes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a line to the plan's reporting regime (standing office)",
            description = "422 when a day does not exist, the deadline is before the period's end, a start day is"
                    + " given for a final or ad hoc report, or the reporters are FACILITIES.")
    RegimeDto addRegime(@PathVariable long id, @Valid @RequestBody RegimeForm form) {
        return RegimeDto.of(regimes.add(id, form));
    }

    @DeleteMapping("/plans/{id}/regimes/{regimeId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteRegime(@PathVariable long id, @PathVariable long regimeId, @RequestParam long version) {
        regimes.delete(id, regimeId, version);
    }

    record RegimeDto(
            long id,
            ReportKind kind,
            Reporters reporters,
            Integer periodStartMonth,
            Integer periodStartDay,
            Integer periodEndMonth,
            Integer periodEndDay,
            Integer dueMonth,
            Integer dueDay,
            LocalDate dueOn,
            String recipient,
            long version) {
        static RegimeDto of(ReportingRegime r) {
            return new RegimeDto(
                    r.getId(),
                    r.getKind(),
                    r.getReporters(),
                    r.getPeriodStartMonth(),
                    r.getPeriodStartDay(),
                    r.getPeriodEndMonth(),
                    r.getPeriodEndDay(),
                    r.getDueMonth(),
                    r.getDueDay(),
                    r.getDueOn(),
                    r.getRecipient(),
                    r.getVersion());
        }
    }
}
