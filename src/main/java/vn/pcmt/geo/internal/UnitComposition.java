package vn.pcmt.geo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitLink;

/**
 * Answers "which unit versions make up unit U over period P": U itself for the part of P it was in force,
 * and, for the part before it existed, its predecessors (recursively), flagged when a link is partial.
 * Every figure over a period that crosses a reorganisation is summed over these.
 */
@Service
@Transactional(readOnly = true)
public class UnitComposition {

    private final UnitQueries queries;

    UnitComposition(UnitQueries queries) {
        this.queries = queries;
    }

    /**
     * @param code the unit's code on {@code asOf}
     * @return empty when no unit has that code on that date
     */
    public Optional<List<UnitPeriod>> compose(String code, LocalDate asOf, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from after to");
        }
        return queries.byCode(code, asOf).map(unit -> compose(unit, from, to));
    }

    public List<UnitPeriod> compose(AdminUnit unit, LocalDate from, LocalDate to) {
        List<UnitPeriod> periods = new ArrayList<>();
        visit(unit, from, to, false, periods, new HashSet<>());
        return periods;
    }

    private void visit(
            AdminUnit unit, LocalDate from, LocalDate to, boolean partial, List<UnitPeriod> out, Set<Long> seen) {
        if (!seen.add(unit.id())) {
            return;
        }
        LocalDate start = unit.validFrom() != null && unit.validFrom().isAfter(from) ? unit.validFrom() : from;
        LocalDate end = unit.validTo() != null && unit.validTo().isBefore(to) ? unit.validTo() : to;
        if (!start.isAfter(end)) {
            out.add(new UnitPeriod(unit, start, end, partial));
        }
        if (unit.validFrom() != null && from.isBefore(unit.validFrom())) {
            LocalDate before = unit.validFrom().minusDays(1);
            LocalDate earlierEnd = to.isBefore(before) ? to : before;
            for (UnitLink link : queries.predecessors(unit.id())) {
                visit(link.unit(), from, earlierEnd, partial || link.partial(), out, seen);
            }
        }
    }
}
