package vn.pcmt.localities.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitService;
import vn.pcmt.hotspots.Hotspots;
import vn.pcmt.people.PeopleStats;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.text.VietnameseText;

/**
 * Proposes the classification of communes for a year by Decision 28/2025/QĐ-TTg from the registers (people with a
 * record, places of use) and the figures entered per commune and year (population, arrests, cultivation, route),
 * against thresholds kept as legal data. All communes of a province in a handful of queries.
 */
@Service
@Transactional(readOnly = true)
public class ClassificationService {

    static final List<String> TYPES = List.of("I", "II", "III");

    /** The case register's figure that stands for Decision 28's "people arrested for drug offences" of a year. */
    static final String ARRESTS_METRIC = "cases.suspects";

    private final UnitService units;
    private final UnitCoverage coverage;
    private final PeopleStats people;
    private final Hotspots hotspots;
    private final CommuneYearFigureRepository figures;
    private final vn.pcmt.metrics.Metrics metrics;
    private final JdbcClient jdbc;
    private final Clock clock;

    ClassificationService(
            UnitService units,
            UnitCoverage coverage,
            PeopleStats people,
            Hotspots hotspots,
            CommuneYearFigureRepository figures,
            vn.pcmt.metrics.Metrics metrics,
            JdbcClient jdbc,
            Clock clock) {
        this.metrics = metrics;
        this.units = units;
        this.coverage = coverage;
        this.people = people;
        this.hotspots = hotspots;
        this.figures = figures;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The thresholds of each type in force on the date (the earliest known when the date is before them). */
    public List<LocalityThreshold> thresholds(LocalDate on) {
        List<LocalityThreshold> all = jdbc.sql("select * from locality_threshold order by valid_from")
                .query((rs, i) -> new LocalityThreshold(
                        rs.getString("locality_type"),
                        rs.getBigDecimal("record_share_percent"),
                        rs.getInt("places_of_use"),
                        rs.getBigDecimal("arrest_share_percent"),
                        rs.getInt("plants_destroyed"),
                        rs.getBigDecimal("cultivation_area_m2"),
                        rs.getInt("route_type3_criteria"),
                        rs.getInt("criteria_required"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getString("source"),
                        rs.getBoolean("confirmed")))
                .list();
        List<LocalityThreshold> chosen = new ArrayList<>();
        for (String type : TYPES) {
            List<LocalityThreshold> ofType =
                    all.stream().filter(t -> t.type().equals(type)).toList();
            ofType.stream()
                    .filter(t -> !t.validFrom().isAfter(on))
                    .reduce((a, b) -> b)
                    .or(() -> ofType.stream().findFirst())
                    .ifPresent(chosen::add);
        }
        return chosen;
    }

    /** The classification of the communes of a province (or of one commune) for a year, in Vietnamese order. */
    public List<CommuneClassification> propose(String unitCode, int year) {
        AdminUnit unit = units.find(unitCode.strip(), LocalDate.now(clock)).orElseThrow();
        coverage.check(unit.id());
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate date = end.isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : end;
        if (from.isAfter(date)) {
            throw new RuleViolationException("classification.year.future", year);
        }
        List<AdminUnit> communes = unit.level() == UnitLevel.COMMUNE
                ? List.of(unit)
                : units.children(unit, LocalDate.now(clock)).stream()
                        .filter(u -> u.level() == UnitLevel.COMMUNE)
                        .sorted(VietnameseText.comparing(AdminUnit::name))
                        .toList();
        List<Long> ids = communes.stream().map(AdminUnit::id).toList();
        Map<Long, Long> withRecord = people.withRecordByUnit(ids, date);
        Map<Long, Long> places = hotspots.activeDuringByUnit(ids, from, date, true);
        Map<Long, CommuneYearFigure> entered = figures.findByUnitIdInAndYear(ids, year).stream()
                .collect(Collectors.toMap(CommuneYearFigure::getUnitId, Function.identity()));
        Map<Long, Boolean> selected = selectedIn(ids, from, end);
        // the register for the years the commune keeps it (no data before its start), else the yearly entry
        Map<AdminUnit, BigDecimal> plantsKept = metrics.valuesFor("cultivation.plants_destroyed", communes, from, date);
        Map<AdminUnit, BigDecimal> areaKept = metrics.valuesFor("cultivation.area_destroyed_m2", communes, from, date);
        // arrests: the suspects of the cases detected in the commune in the year, for the years it keeps the case
        // register
        Map<AdminUnit, BigDecimal> arrestsKept = metrics.valuesFor(ARRESTS_METRIC, communes, from, date);
        Map<String, LocalityThreshold> thresholds = thresholds(date).stream()
                .collect(Collectors.toMap(LocalityThreshold::type, t -> t, (a, b) -> b, LinkedHashMap::new));
        return communes.stream()
                .map(c -> classify(
                        c,
                        withRecord.getOrDefault(c.id(), 0L),
                        places.getOrDefault(c.id(), 0L),
                        entered.get(c.id()),
                        thresholds,
                        selected.getOrDefault(c.id(), false),
                        plantsKept.get(c) == null || areaKept.get(c) == null
                                ? null
                                : new Destroyed(plantsKept.get(c).intValue(), areaKept.get(c)),
                        arrestsKept.get(c) == null ? null : arrestsKept.get(c).intValue()))
                .toList();
    }

    /** Plants and area of cultivation destroyed in a year, as the cultivation register counts them. */
    public record Destroyed(int plants, BigDecimal areaM2) {}

    /** The rule itself, on given numbers: public so that its edges can be tested without a register. */
    public static CommuneClassification classify(
            AdminUnit commune,
            long peopleWithRecord,
            long placesOfUse,
            CommuneYearFigure figure,
            Map<String, LocalityThreshold> thresholds,
            boolean alreadySelected) {
        return classify(commune, peopleWithRecord, placesOfUse, figure, thresholds, alreadySelected, null);
    }

    /**
     * The rule with the cultivation of the register when the commune kept it over the year ({@code registered} not
     * null: it replaces the entered plants and area), else the entered figures.
     */
    public static CommuneClassification classify(
            AdminUnit commune,
            long peopleWithRecord,
            long placesOfUse,
            CommuneYearFigure figure,
            Map<String, LocalityThreshold> thresholds,
            boolean alreadySelected,
            Destroyed registered) {
        return classify(commune, peopleWithRecord, placesOfUse, figure, thresholds, alreadySelected, registered, null);
    }

    /**
     * The rule with the cultivation and the arrests of their registers when the commune kept them over the year
     * ({@code registered}, {@code registeredArrests} not null: they replace the entered figures, a kept register's 0
     * included), else the entered figures.
     */
    public static CommuneClassification classify(
            AdminUnit commune,
            long peopleWithRecord,
            long placesOfUse,
            CommuneYearFigure figure,
            Map<String, LocalityThreshold> thresholds,
            boolean alreadySelected,
            Destroyed registered,
            Integer registeredArrests) {
        Integer population = figure == null ? null : figure.getPopulation();
        Integer arrests =
                registeredArrests != null ? registeredArrests : figure == null ? null : figure.getDrugArrests();
        ArrestSource arrestSource = registeredArrests != null
                ? ArrestSource.REGISTER
                : arrests != null ? ArrestSource.ENTERED : ArrestSource.NONE;
        Integer plants = registered != null
                ? Integer.valueOf(registered.plants())
                : figure == null ? null : figure.getPlantsDestroyed();
        BigDecimal area =
                registered != null ? registered.areaM2() : figure == null ? null : figure.getCultivationAreaM2();
        CultivationSource cultivationSource = registered != null
                ? CultivationSource.REGISTER
                : plants != null || area != null ? CultivationSource.ENTERED : CultivationSource.NONE;
        boolean route = figure != null && figure.isOnTraffickingRoute();
        BigDecimal recordShare = share(peopleWithRecord, population);
        BigDecimal arrestShare = arrests == null ? null : share(arrests, population);
        Map<String, List<ClassificationCriterion>> met = new LinkedHashMap<>();
        LocalityThreshold type3 = thresholds.get("III");
        int type3Count = type3 == null
                ? 0
                : basic(type3, recordShare, placesOfUse, arrestShare, plants, area)
                        .size();
        String proposed = null;
        for (LocalityThreshold t : thresholds.values()) {
            List<ClassificationCriterion> list =
                    new ArrayList<>(basic(t, recordShare, placesOfUse, arrestShare, plants, area));
            if (route && type3Count >= t.routeType3Criteria()) {
                list.add(ClassificationCriterion.ROUTE);
            }
            met.put(t.type(), List.copyOf(list));
            if (proposed == null && list.size() >= t.criteriaRequired()) {
                proposed = t.type();
            }
        }
        return new CommuneClassification(
                commune.id(),
                commune.code(),
                commune.fullName(),
                population,
                peopleWithRecord,
                recordShare,
                placesOfUse,
                arrests,
                arrestShare,
                plants,
                area,
                route,
                met,
                proposed,
                alreadySelected,
                cultivationSource,
                arrestSource);
    }

    private static List<ClassificationCriterion> basic(
            LocalityThreshold t,
            BigDecimal recordShare,
            long placesOfUse,
            BigDecimal arrestShare,
            Integer plants,
            BigDecimal area) {
        EnumMap<ClassificationCriterion, Boolean> holds = new EnumMap<>(ClassificationCriterion.class);
        holds.put(
                ClassificationCriterion.RECORD_SHARE,
                recordShare != null && recordShare.compareTo(t.recordSharePercent()) >= 0);
        holds.put(ClassificationCriterion.PLACES_OF_USE, placesOfUse >= t.placesOfUse());
        holds.put(
                ClassificationCriterion.ARREST_SHARE,
                arrestShare != null && arrestShare.compareTo(t.arrestSharePercent()) >= 0);
        holds.put(
                ClassificationCriterion.CULTIVATION,
                (plants != null && plants >= t.plantsDestroyed())
                        || (area != null && area.compareTo(t.cultivationAreaM2()) >= 0));
        return holds.entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** part ÷ population in percent, exact to 4 places; null without a population. */
    static BigDecimal share(long part, Integer population) {
        if (population == null || population == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(population), 4, RoundingMode.HALF_UP);
    }

    private Map<Long, Boolean> selectedIn(List<Long> ids, LocalDate from, LocalDate to) {
        Map<Long, Boolean> selected = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return selected;
        }
        jdbc.sql("select distinct unit_id from key_locality where deleted_at is null and unit_id in (:ids)"
                        + " and period_from <= :to and period_to >= :from")
                .param("ids", ids)
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .list()
                .forEach(id -> selected.put(id, true));
        return selected;
    }

    public Optional<CommuneYearFigure> figures(String communeCode, int year) {
        AdminUnit commune = commune(communeCode);
        return figures.findByUnitIdAndYear(commune.id(), year);
    }

    @Transactional
    @PreAuthorize("hasAuthority('LOCALITY_EDIT')")
    public CommuneYearFigure saveFigures(CommuneYearFigureForm form) {
        AdminUnit commune = commune(form.communeCode());
        CommuneYearFigure figure = figures.findByUnitIdAndYear(commune.id(), form.year())
                .orElseGet(() -> new CommuneYearFigure(commune.id(), form.year()));
        if (figure.getId() != null && (form.version() == null || form.version() != figure.getVersion())) {
            throw new ObjectOptimisticLockingFailureException(CommuneYearFigure.class, figure.getId());
        }
        figure.apply(form, KeyLocalityService.currentUser(), Instant.now(clock));
        return figures.saveAndFlush(figure);
    }

    private AdminUnit commune(String code) {
        AdminUnit commune = units.find(code.strip(), LocalDate.now(clock))
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .orElseThrow(() -> new RuleViolationException("locality.commune.unknown", code, LocalDate.now(clock)));
        coverage.check(commune.id());
        return commune;
    }
}
