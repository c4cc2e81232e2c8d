package vn.pcmt.geo.web;

import java.time.LocalDate;
import vn.pcmt.geo.AdminUnit;

/** A unit version as the API shows it. */
record UnitDto(
        String code,
        String level,
        String name,
        String fullName,
        String nameEn,
        String type,
        String parentCode,
        String provinceCode,
        LocalDate validFrom,
        LocalDate validTo) {

    static UnitDto of(AdminUnit u) {
        return new UnitDto(
                u.code(),
                u.level().name().toLowerCase(java.util.Locale.ROOT),
                u.name(),
                u.fullName(),
                u.nameEn(),
                u.unitType(),
                u.parentCode(),
                u.provinceCode(),
                u.validFrom(),
                u.validTo());
    }
}
