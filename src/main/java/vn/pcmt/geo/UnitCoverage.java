package vn.pcmt.geo;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.internal.KeptUnits;

/**
 * The one jurisdiction mechanism: whether a jurisdiction covers a unit version, and the SQL condition that
 * every register query adds to keep to the caller's jurisdiction.
 */
@Service
@Transactional(readOnly = true)
public class UnitCoverage {

    /** The units by code and their coverage, read once per version of the units (a figure asks at each call). */
    private final KeptUnits kept;

    private final CurrentJurisdiction current;
    private final Clock clock;

    UnitCoverage(KeptUnits kept, CurrentJurisdiction current, Clock clock) {
        this.kept = kept;
        this.current = current;
        this.clock = clock;
    }

    /** Whether the jurisdiction covers the unit; a facility's (ADR 043) covers none. */
    public boolean covers(Jurisdiction jurisdiction, long unitId) {
        if (jurisdiction.isFacility()) {
            return false;
        }
        return jurisdiction.isNational() || kept.covers(jurisdiction.unitId(), unitId);
    }

    /** Throws {@link OutsideJurisdictionException} unless the current user's jurisdiction covers the unit. */
    public void check(long unitId) {
        if (!covers(current.get(), unitId)) {
            throw new OutsideJurisdictionException();
        }
    }

    /**
     * The unit with this code as it is today (so that a unit followed through history is the one in force), or as
     * it was on the date when it no longer exists; refused unless the current user's jurisdiction covers it.
     */
    public AdminUnit visibleUnit(String code, java.time.LocalDate date) {
        AdminUnit unit = kept.byCode(code, java.time.LocalDate.now(clock))
                .or(() -> kept.byCode(code, date == null ? java.time.LocalDate.now(clock) : date))
                .orElseThrow();
        check(unit.id());
        return unit;
    }

    /**
     * The unit with this code as it was on the date (the province of 2022 with its districts of 2022, ADR 026), or as
     * it is today when the code named no unit then; refused unless the current user's jurisdiction covers it. For the
     * units listed beneath a unit on a date; a figure of one unit asks {@link #visibleUnit}, whose territory today
     * covers its predecessors.
     */
    public AdminUnit visibleUnitOn(String code, java.time.LocalDate date) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        AdminUnit unit = kept.byCode(code, date == null ? today : date)
                .or(() -> kept.byCode(code, today))
                .orElseThrow();
        check(unit.id());
        return unit;
    }

    /** Throws {@link OutsideJurisdictionException} unless the current user's jurisdiction is the whole country. */
    public void checkNational() {
        if (!current.get().isNational()) {
            throw new OutsideJurisdictionException();
        }
    }

    /**
     * A province (in force today) the current user works in: their jurisdiction covers it, or lies inside it (a
     * commune reads its province's plans). Refused otherwise; an unknown code is a rule violation.
     */
    public AdminUnit provinceWorkedIn(String code) {
        AdminUnit province = province(code);
        Jurisdiction jurisdiction = current.get();
        if (covers(jurisdiction, province.id())
                || (jurisdiction.unitId() != null && covers(Jurisdiction.of(province.id()), jurisdiction.unitId()))) {
            return province;
        }
        throw new OutsideJurisdictionException();
    }

    /**
     * Whether the current user works in the province (as {@link #provinceWorkedIn}), without refusing: for lists that
     * leave out what the user may not read (a refusal thrown inside a transaction would mark it for rollback).
     */
    public boolean worksIn(String code) {
        Jurisdiction jurisdiction = current.get();
        if (jurisdiction.isNational()) {
            return true;
        }
        if (jurisdiction.unitId() == null) {
            return false;
        }
        return kept.byCode(code == null ? "" : code.strip(), java.time.LocalDate.now(clock))
                .filter(u -> u.level() == UnitLevel.PROVINCE)
                .map(p -> covers(jurisdiction, p.id()) || covers(Jurisdiction.of(p.id()), jurisdiction.unitId()))
                .orElse(false);
    }

    /**
     * A province (in force today, or the last version of one merged since) that the current user's jurisdiction covers
     * whole: they may change its data.
     */
    public AdminUnit provinceCovered(String code) {
        AdminUnit province = province(code);
        check(province.id());
        return province;
    }

    /**
     * A province by code: as in force today, or, for a province merged since (Nam Định, 36), its last version, which
     * its successor's jurisdiction covers; an unknown code is a rule violation.
     */
    private AdminUnit province(String code) {
        return provinceOfPeriod(code, null, null);
    }

    /**
     * A province of a plan over a period (either end may be null): a province with this code in force during the
     * period, which may no longer exist (Nam Định, 36, merged into Ninh Bình on 1/7/2025); read as today's version
     * when the code is still in force, else as its last version in force during the period. The jurisdiction of its
     * successor covers it (unit_coverage holds predecessors), so the successor's standing office enters and reads it.
     */
    public AdminUnit provinceOfPeriod(String code, java.time.LocalDate from, java.time.LocalDate to) {
        String c = code == null ? "" : code.strip();
        java.util.List<AdminUnit> versions = kept.versions(c).stream()
                .filter(u -> u.level() == UnitLevel.PROVINCE)
                .toList();
        if (versions.isEmpty()) {
            throw new vn.pcmt.platform.RuleViolationException("plan.province.unknown", code);
        }
        java.util.List<AdminUnit> during = versions.stream()
                .filter(u -> (to == null
                                || u.validFrom() == null
                                || !u.validFrom().isAfter(to))
                        && (from == null || u.validTo() == null || !u.validTo().isBefore(from)))
                .toList();
        if (during.isEmpty()) {
            java.time.format.DateTimeFormatter dmy = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
            throw new vn.pcmt.platform.RuleViolationException(
                    "plan.province.notInForce",
                    code,
                    from == null ? "…" : dmy.format(from),
                    to == null ? "…" : dmy.format(to));
        }
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return versions.stream().filter(u -> u.validOn(today)).findFirst().orElse(during.get(during.size() - 1));
    }

    /** {@link #provinceWorkedIn} for a province of a plan's period ({@link #provinceOfPeriod}). */
    public AdminUnit provinceWorkedIn(String code, java.time.LocalDate from, java.time.LocalDate to) {
        AdminUnit province = provinceOfPeriod(code, from, to);
        Jurisdiction jurisdiction = current.get();
        if (covers(jurisdiction, province.id())
                || (jurisdiction.unitId() != null && covers(Jurisdiction.of(province.id()), jurisdiction.unitId()))) {
            return province;
        }
        throw new OutsideJurisdictionException();
    }

    /** {@link #provinceCovered} for a province of a plan's period ({@link #provinceOfPeriod}). */
    public AdminUnit provinceCovered(String code, java.time.LocalDate from, java.time.LocalDate to) {
        AdminUnit province = provinceOfPeriod(code, from, to);
        check(province.id());
        return province;
    }

    public Jurisdiction current() {
        return current.get();
    }

    /** The facility the current user works at, or null (ADR 043; {@link CurrentJurisdiction#workplace}). */
    public Long workplace() {
        return current.workplace();
    }

    /**
     * A SQL condition on {@code unitColumn} (a column holding {@code admin_unit.id}) that keeps rows inside
     * the jurisdiction. The id is a number from the server, never user text. A facility's jurisdiction keeps no row
     * of a unit register (ADR 043): the people module adds the people placed at the facility itself.
     */
    public static String sqlCondition(Jurisdiction jurisdiction, String unitColumn) {
        if (jurisdiction.isFacility()) {
            return "false";
        }
        if (jurisdiction.isNational()) {
            return "true";
        }
        return unitColumn + " in (select c.unit_id from unit_coverage c where c.ancestor_id = "
                + jurisdiction.unitId().longValue() + ")";
    }

    /**
     * The condition under which a row {@code coverage} of {@code unit_coverage} counts a record dated {@code date} (a
     * SQL date expression: the record's column for a flow, the stock's date parameter) in a figure of its ancestor
     * (ADR 034): the unit lay in the ancestor on that date ({@code since}), or the ancestor did not yet exist then
     * (a commune formed on 1/7/2025 asked for 2024 counts all its predecessors). Thành phố Nam Định (356), which
     * succeeded Huyện Mỹ Lộc on 1/9/2024, counts Mỹ Lộc's records of 2021 neither in 2021 nor later, and its records
     * from 1/9/2024. Figures only: jurisdiction ({@link #sqlCondition}) ignores the dates, a successor's officers read
     * their predecessors' records. Plain comparisons of the row's columns, no function call: the joins on
     * {@code ancestor_id}/{@code unit_id} keep their indexes.
     */
    public static String countsOn(String coverage, String date) {
        return "(" + coverage + ".since is null or " + date + " >= " + coverage + ".since or " + date + " < " + coverage
                + ".ancestor_from)";
    }

    /**
     * A figure's query turned into its pieces (ADR 064). The query is written as every figure's: over {@code
     * unit_coverage c} joined with {@code c.ancestor_id in (:units)}, selecting and grouping by {@code c.ancestor_id},
     * and counting rows by {@link #countsOn}. In pieces, {@code :units} are units {@code whole} covers (or itself) and
     * each answers what the rows lying in it, exactly, add to {@code whole}'s figure: joined by {@code whole}'s own
     * coverage row to it (whose dates say which of its rows {@code whole} counts), grouped by {@code c.unit_id}. With
     * {@code whole} null, the query as it is. The id is a number from the server, never user text.
     */
    public static String inPieces(String sql, Long whole) {
        if (whole == null) {
            return sql;
        }
        java.util.regex.Matcher units = UNITS_OF_C.matcher(sql);
        if (!units.find() || units.find() || !sql.contains("group by c.ancestor_id")) {
            throw new IllegalArgumentException("not a figure's query over unit_coverage c: " + sql);
        }
        return OF_C.matcher(UNITS_OF_C.matcher(sql).replaceAll("\u0000"))
                .replaceAll("c.unit_id")
                .replace("\u0000", "c.ancestor_id = " + whole.longValue() + " and c.unit_id in (:units)");
    }

    /** The units asked about, on {@code c}, not on another alias ({@code rc.ancestor_id in (:units)}). */
    private static final java.util.regex.Pattern UNITS_OF_C =
            java.util.regex.Pattern.compile("(?<![\\w.])c\\.ancestor_id in \\(:units\\)");

    /** {@code c.ancestor_id}, not another alias's ({@code rc.ancestor_id}). */
    private static final java.util.regex.Pattern OF_C =
            java.util.regex.Pattern.compile("(?<![\\w.])c\\.ancestor_id\\b");
}
