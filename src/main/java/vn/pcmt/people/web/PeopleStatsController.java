package vn.pcmt.people.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitService;
import vn.pcmt.people.PeopleStats;
import vn.pcmt.people.internal.PersonStatus;

/** Counts of people by status for a unit, on a date or over a period: counts only, for every role. */
@Controller
class PeopleStatsController {

    private final PeopleStats stats;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final Clock clock;

    PeopleStatsController(PeopleStats stats, UnitService units, UnitCoverage coverage, Clock clock) {
        this.stats = stats;
        this.units = units;
        this.coverage = coverage;
        this.clock = clock;
    }

    @GetMapping("/people/stats")
    String stats(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            Model model) {
        String code = units.unitAskedOrOwn(unit, coverage.current());
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        model.addAttribute("unit", code);
        model.addAttribute("from", from);
        model.addAttribute("to", end);
        model.addAttribute("statuses", PersonStatus.values());
        model.addAttribute("figures", from == null ? stats.asOf(code, end) : stats.over(code, from, end));
        return "people/stats";
    }
}
