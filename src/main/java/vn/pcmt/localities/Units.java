package vn.pcmt.localities;

import java.time.LocalDate;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitService;

/** Unit look-ups shared by the services of this module. */
final class Units {

    private Units() {}

    /** The unit as it is today (or as it was on the date if it no longer exists), inside the jurisdiction. */
    static AdminUnit visible(UnitService units, UnitCoverage coverage, String code, LocalDate date) {
        AdminUnit unit = units.find(code.strip(), LocalDate.now())
                .or(() -> units.find(code.strip(), date))
                .orElseThrow();
        coverage.check(unit.id());
        return unit;
    }
}
