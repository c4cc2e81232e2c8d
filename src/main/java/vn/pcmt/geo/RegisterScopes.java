package vn.pcmt.geo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.platform.ListPeriod;

/**
 * What every register's pages resolve the same way: the unit and period a list shows, the user's own unit, and the
 * communes a user may record in. One place, so that a new register's controller starts from it.
 */
@Service
@Transactional(readOnly = true)
public class RegisterScopes {

    private final UnitService units;
    private final UnitCoverage coverage;
    private final Clock clock;

    RegisterScopes(UnitService units, UnitCoverage coverage, Clock clock) {
        this.units = units;
        this.coverage = coverage;
        this.clock = clock;
    }

    /**
     * The unit asked (or the user's own; the first province for a national user) over the period asked, read as a
     * page's filter ({@link ListPeriod#lenient}); refused unless the user's jurisdiction covers the unit.
     */
    public RegisterScope of(String askedUnit, LocalDate from, LocalDate to) {
        ListPeriod period = ListPeriod.lenient(from, to, clock);
        String code = ownOr(askedUnit);
        return new RegisterScope(code, coverage.visibleUnit(code, period.to()), period);
    }

    /** The code asked, or the user's own unit's (the first province for a national user). */
    public String ownOr(String askedUnit) {
        return units.unitAskedOrOwn(askedUnit, coverage.current());
    }

    /** The code of the user's province (the first province for a national user). */
    public String ownProvince() {
        return units.provinceCodeOf(coverage.current(), UnitService.FIRST_PROVINCE);
    }

    /**
     * The unit with this code as it is today, or as it was on the date when it no longer exists; refused unless the
     * user's jurisdiction covers it.
     */
    public AdminUnit visible(String code, LocalDate date) {
        return coverage.visibleUnit(code, date);
    }

    /** The user's own unit's code (the first province for a national user). */
    public String own() {
        return ownOr(null);
    }

    /**
     * The communes a user may record in today: their own commune, or the communes of their province; none for a
     * national user (who types the code).
     */
    public List<AdminUnit> communesToRecordIn() {
        Jurisdiction jurisdiction = coverage.current();
        if (jurisdiction.isNational()) {
            return List.of();
        }
        AdminUnit own = units.findById(jurisdiction.unitId()).orElseThrow();
        if (own.level() == UnitLevel.COMMUNE) {
            return List.of(own);
        }
        LocalDate today = LocalDate.now(clock);
        return units.find(own.code(), today)
                .map(p -> units.children(p, today).stream()
                        .filter(u -> u.level() == UnitLevel.COMMUNE)
                        .toList())
                .orElse(List.of());
    }

    /** The code of the only commune a user may record in, or blank when they choose among several. */
    public String singleCommuneCode() {
        List<AdminUnit> communes = communesToRecordIn();
        return communes.size() == 1 ? communes.get(0).code() : "";
    }
}
