package vn.pcmt.people.web;

import java.util.HashMap;
import java.util.Map;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitService;

/** Names of units by id for a page, looked up once each. */
final class UnitNames {

    private final UnitService units;
    private final Map<Long, String> names = new HashMap<>();

    UnitNames(UnitService units) {
        this.units = units;
    }

    public String of(Long id) {
        if (id == null) {
            return "";
        }
        return names.computeIfAbsent(
                id, k -> units.findById(k).map(AdminUnit::fullName).orElse(""));
    }
}
