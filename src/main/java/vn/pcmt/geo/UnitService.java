package vn.pcmt.geo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.internal.KeptUnits;
import vn.pcmt.geo.internal.UnitQueries;

/** Reads the official units: by code on a date, search, children, ancestors, and their successions. */
@Service
@Transactional(readOnly = true)
public class UnitService {

    /** The first province of the official list (Hà Nội): what a national user sees first. */
    public static final String FIRST_PROVINCE = "01";

    private final UnitQueries queries;
    /** The units by code, read once per version of the units (a page of figures asks for its unit at each figure). */
    private final KeptUnits kept;

    private final Clock clock;

    UnitService(UnitQueries queries, KeptUnits kept, Clock clock) {
        this.queries = queries;
        this.kept = kept;
        this.clock = clock;
    }

    public Optional<AdminUnit> find(String code, LocalDate date) {
        return kept.byCode(code, date == null ? LocalDate.now(clock) : date);
    }

    public Optional<AdminUnit> findById(long id) {
        return queries.byId(id);
    }

    /** Every version of the unit with this code, oldest first (a code may name different units over time). */
    public List<AdminUnit> versions(String code) {
        return kept.versions(code);
    }

    public Page<AdminUnit> search(UnitSearch search, Pageable pageable) {
        LocalDate date = search.date() == null ? LocalDate.now(clock) : search.date();
        UnitLevel level = search.level();
        if (level == null && search.parentCode() != null) {
            level = childLevel(search.parentCode(), date);
        }
        var sql = new UnitQueries.SearchSql(level, date, search.parentCode(), search.text());
        List<AdminUnit> content = queries.search(sql, (int) pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(content, pageable, queries.count(sql));
    }

    /** The units directly beneath {@code parent} on {@code date}, in Vietnamese order. */
    public List<AdminUnit> children(AdminUnit parent, LocalDate date) {
        if (parent.level() == UnitLevel.COMMUNE) {
            return List.of();
        }
        UnitLevel level = childLevel(parent.code(), date);
        return queries.search(new UnitQueries.SearchSql(level, date, parent.code(), null), 0, Integer.MAX_VALUE);
    }

    /** Province (and district, before 1/7/2025) above the unit, on the unit's own last day in force. */
    public List<AdminUnit> ancestors(AdminUnit unit) {
        LocalDate date = unit.validTo() != null ? unit.validTo() : LocalDate.now(clock);
        if (unit.validFrom() != null && date.isBefore(unit.validFrom())) {
            date = unit.validFrom();
        }
        List<AdminUnit> chain = new ArrayList<>();
        if (unit.level() != UnitLevel.PROVINCE) {
            kept.byCode(unit.provinceCode(), date).ifPresent(chain::add);
        }
        if (unit.level() == UnitLevel.COMMUNE && unit.districtCode() != null) {
            kept.byCode(unit.districtCode(), date).ifPresent(chain::add);
        }
        return chain;
    }

    public List<UnitLink> predecessors(AdminUnit unit) {
        return queries.predecessors(unit.id());
    }

    public List<UnitLink> successors(AdminUnit unit) {
        return queries.successors(unit.id());
    }

    private UnitLevel childLevel(String parentCode, LocalDate date) {
        Optional<UnitLevel> parentLevel = UnitLevel.ofCode(parentCode);
        if (parentLevel.isPresent() && parentLevel.get() == UnitLevel.PROVINCE) {
            return queries.hasLevelUnder(UnitLevel.DISTRICT, parentCode, date) ? UnitLevel.DISTRICT : UnitLevel.COMMUNE;
        }
        return UnitLevel.COMMUNE;
    }

    /**
     * The unit a page or a request is about: the one asked for when given, else the unit of the jurisdiction (Hà Nội,
     * the first province, for a national user). The caller still checks that the jurisdiction covers it.
     */
    public String unitAskedOrOwn(String asked, Jurisdiction jurisdiction) {
        if (asked != null && !asked.isBlank()) {
            return asked.strip();
        }
        return codeOf(jurisdiction, FIRST_PROVINCE);
    }

    /** The code of the unit of a jurisdiction, or the fallback for a national one. */
    public String codeOf(Jurisdiction jurisdiction, String nationalFallback) {
        if (jurisdiction.isNational()) {
            return nationalFallback;
        }
        return findById(jurisdiction.unitId()).map(AdminUnit::code).orElse(nationalFallback);
    }

    /** For each unit id, the communes in force on the date that the unit covers (beneath it and what it succeeded). */
    public java.util.Map<Long, Long> communesCovered(java.util.Collection<Long> unitIds, LocalDate date) {
        return queries.communesCovered(unitIds, date);
    }

    /**
     * The units of a level in force on the date that the unit covers: the communes of a province today, or the
     * districts of 2024 that lay in it (its predecessors' ones for a province created on 1/7/2025).
     */
    public List<AdminUnit> coveredOn(AdminUnit unit, UnitLevel level, LocalDate date) {
        return queries.coveredOn(unit.id(), level.name(), date);
    }

    /** Every unit of the level in the country on the date (all 3,321 communes after 1/7/2025). */
    public List<AdminUnit> allOn(UnitLevel level, LocalDate date) {
        return queries.allOn(level.name(), date);
    }

    /**
     * The province a page or a request is about: the one asked for when given, else the province of the jurisdiction
     * (Hà Nội, the first code, for a national user, who may then pick another). The caller still checks that the
     * jurisdiction covers it.
     */
    public String provinceAskedOrOwn(String asked, Jurisdiction jurisdiction) {
        if (asked != null && !asked.isBlank()) {
            return asked.strip();
        }
        return provinceCodeOf(jurisdiction, FIRST_PROVINCE);
    }

    /** The province code of a jurisdiction's unit, or the fallback for a national one. */
    public String provinceCodeOf(Jurisdiction jurisdiction, String nationalFallback) {
        if (jurisdiction.isNational()) {
            return nationalFallback;
        }
        return findById(jurisdiction.unitId()).map(AdminUnit::provinceCode).orElse(nationalFallback);
    }
}
