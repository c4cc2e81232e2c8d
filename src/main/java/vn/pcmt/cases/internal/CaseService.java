package vn.pcmt.cases.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.agencies.Agency;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.audit.AccessEventKind;
import vn.pcmt.audit.AccessLog;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.Jurisdiction;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitService;
import vn.pcmt.people.People;
import vn.pcmt.platform.Part;
import vn.pcmt.platform.RuleViolationException;

/**
 * The case register: record, correct, move through the stages, add and remove suspects and seizures, delete softly,
 * list; and the administrative violations. Always inside the caller's jurisdiction ({@link UnitCoverage}); reads of
 * suspects' and violators' identities are logged. Every change is kept by Envers.
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('CASE_READ')")
public class CaseService {

    /** The most rows a list shows at once. */
    public static final int LIST_LIMIT = 2000;

    /** The day article 256a (illegal use of drugs) came into force (Law 86/2025/QH15). */
    public static final LocalDate ARTICLE_256A_FROM = LocalDate.of(2025, 7, 1);

    private final DrugCaseRepository cases;
    private final CaseSuspectRepository suspects;
    private final CaseSeizureRepository seizures;
    private final DrugViolationRepository violations;
    private final CaseQueries queries;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final AgencyService agencies;
    private final People people;
    private final AccessLog accessLog;
    private final EntityManager entityManager;
    private final Clock clock;

    CaseService(
            DrugCaseRepository cases,
            CaseSuspectRepository suspects,
            CaseSeizureRepository seizures,
            DrugViolationRepository violations,
            CaseQueries queries,
            UnitService units,
            UnitCoverage coverage,
            AgencyService agencies,
            People people,
            AccessLog accessLog,
            EntityManager entityManager,
            Clock clock) {
        this.cases = cases;
        this.suspects = suspects;
        this.seizures = seizures;
        this.violations = violations;
        this.queries = queries;
        this.units = units;
        this.coverage = coverage;
        this.agencies = agencies;
        this.people = people;
        this.accessLog = accessLog;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DrugCase get(long id) {
        DrugCase found = cases.findById(id).orElseThrow();
        coverage.check(found.getCommuneId());
        return found;
    }

    @Transactional(readOnly = true)
    public AdminUnit communeOf(long communeId) {
        return units.findById(communeId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public String agencyName(long agencyId) {
        return agencies.find(agencyId).map(Agency::getName).orElse("");
    }

    /**
     * The kinds of agency that detect drug crimes (police, border guard, customs, the military with the coast guard);
     * a department or a mass organisation does not.
     */
    static final java.util.Set<vn.pcmt.agencies.AgencyKind> DETECTING = java.util.EnumSet.of(
            vn.pcmt.agencies.AgencyKind.POLICE,
            vn.pcmt.agencies.AgencyKind.BORDER_GUARD,
            vn.pcmt.agencies.AgencyKind.CUSTOMS,
            vn.pcmt.agencies.AgencyKind.MILITARY);

    /** The agencies of the province (in force today) a case of the unit may be detected by. */
    @Transactional(readOnly = true)
    public List<Agency> agenciesFor(String provinceCode) {
        return agencies.list(provinceCode).stream()
                .filter(a -> DETECTING.contains(a.getKind()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Article> articles() {
        return queries.articles();
    }

    @Transactional(readOnly = true)
    public List<Substance> substances() {
        return queries.substances();
    }

    /** Cases of a unit of the caller's jurisdiction detected in the period, filtered. */
    @Transactional(readOnly = true)
    public List<CaseRow> search(
            String unitCode, LocalDate from, LocalDate to, String article, CaseStage stage, CaseFlag flag) {
        return search(unitCode, from, to, article, stage, flag, null, null);
    }

    /** The same, also by detecting agency and by substance seized (the drill-down of the summary). */
    @Transactional(readOnly = true)
    public List<CaseRow> search(
            String unitCode,
            LocalDate from,
            LocalDate to,
            String article,
            CaseStage stage,
            CaseFlag flag,
            Long agencyId,
            String substance) {
        if (from.isAfter(to)) {
            throw new RuleViolationException("period.invalid", from, to);
        }
        AdminUnit unit = coverage.visibleUnit(unitCode, to);
        return queries.list(
                unit.id(), from, to, blankToNull(article), stage, flag, agencyId, blankToNull(substance), LIST_LIMIT);
    }

    /** Cases of a unit of the caller's jurisdiction detected in the period, for the map (ADR 045). */
    @Transactional(readOnly = true)
    public List<CasePoint> points(String unitCode, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new RuleViolationException("period.invalid", from, to);
        }
        AdminUnit unit = coverage.visibleUnit(unitCode, to);
        return queries.points(unit.id(), from, to, LIST_LIMIT);
    }

    /**
     * The cases of a unit of the caller's jurisdiction detected in the period, and their suspects, by article, by
     * detecting agency and by substance seized.
     */
    @Transactional(readOnly = true)
    public CaseSummary summary(String unitCode, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new RuleViolationException("period.invalid", from, to);
        }
        AdminUnit unit = coverage.visibleUnit(unitCode, to);
        long[] totals = queries.totals(unit.id(), from, to);
        return new CaseSummary(
                unit.code(),
                unit.fullName(),
                from,
                to,
                totals[0],
                totals[1],
                queries.byArticle(unit.id(), from, to),
                queries.byAgency(unit.id(), from, to),
                queries.bySubstance(unit.id(), from, to));
    }

    @PreAuthorize("hasAuthority('CASE_EDIT')")
    public DrugCase record(CaseForm form) {
        AdminUnit commune = checked(form);
        return cases.saveAndFlush(new DrugCase(commune.id(), form));
    }

    @PreAuthorize("hasAuthority('CASE_EDIT')")
    public DrugCase correct(long id, CaseForm form) {
        DrugCase found = editable(id, form.version());
        AdminUnit commune = checked(form);
        LocalDate firstStage = found.stages().stream()
                .skip(1)
                .map(DrugCase.StageReached::on)
                .min(LocalDate::compareTo)
                .orElse(null);
        if (firstStage != null && form.detectedOn().isAfter(firstStage)) {
            throw new RuleViolationException("case.detected.afterStage", firstStage);
        }
        found.apply(commune.id(), form);
        return cases.saveAndFlush(found);
    }

    /** Moves a case on to the next stage on a date, not before the last one reached. */
    @PreAuthorize("hasAuthority('CASE_EDIT')")
    public DrugCase act(long id, StageForm form) {
        DrugCase found = editable(id, form.version());
        found.getStage().check(form.action());
        if (form.on().isBefore(found.lastStageOn())) {
            throw new RuleViolationException("case.stage.beforeLast", found.lastStageOn());
        }
        if (form.on().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("case.stage.future");
        }
        found.act(form);
        return cases.saveAndFlush(found);
    }

    @PreAuthorize("hasAuthority('CASE_EDIT')")
    public void delete(long id, long version) {
        DrugCase found = editable(id, version);
        Instant now = Instant.now(clock);
        suspects.findByCaseIdOrderById(id).forEach(s -> s.delete(currentUser(), now));
        seizures.findByCaseIdOrderById(id).forEach(s -> s.delete(currentUser(), now));
        found.delete(currentUser(), now);
        cases.saveAndFlush(found);
    }

    /** The suspects of a case, their identities as read: the read is logged. */
    @Transactional(readOnly = true)
    public List<CaseSuspect> suspects(long caseId) {
        get(caseId);
        List<CaseSuspect> list = suspects.findByCaseIdOrderById(caseId);
        if (!list.isEmpty()) {
            accessLog.record(AccessEventKind.VIEW_PERSONAL_RECORD, "case-suspects", caseId, list.size() + " suspects");
        }
        return list;
    }

    /** The name a suspect linked to the register is shown with (empty when outside the jurisdiction now). */
    @Transactional(readOnly = true)
    public String nameOf(CaseSuspect suspect) {
        if (suspect.getPersonId() == null) {
            return suspect.getFullName();
        }
        try {
            return people.visibleName(suspect.getPersonId());
        } catch (NoSuchElementException | OutsideJurisdictionException e) {
            return "";
        }
    }

    /** The name of a person of the register inside the caller's jurisdiction (a violator linked to the register). */
    @Transactional(readOnly = true)
    public String personName(long personId) {
        return people.visibleName(personId);
    }

    @Transactional(readOnly = true)
    public List<CaseSeizure> seizures(long caseId) {
        get(caseId);
        return seizures.findByCaseIdOrderById(caseId);
    }

    /** Adds a suspect to a case whose version is the one read (the case's version moves on). */
    @PreAuthorize("hasAuthority('CASE_EDIT')")
    public CaseSuspect addSuspect(long caseId, SuspectForm form) {
        DrugCase found = editable(caseId, form.caseVersion());
        if (form.personId() != null) {
            try {
                people.visibleName(form.personId());
            } catch (NoSuchElementException | OutsideJurisdictionException e) {
                throw new RuleViolationException("case.suspect.person.unknown", form.personId());
            }
        } else {
            checkIdentity(form.fullName(), form.female(), form.birthYear(), form.idNumber());
        }
        AgeGroup group = ageGroup(form, found.getDetectedOn());
        entityManager.lock(found, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return suspects.saveAndFlush(new CaseSuspect(caseId, form, group));
    }

    @PreAuthorize("hasAuthority('CASE_EDIT')")
    public void deleteSuspect(long caseId, long suspectId, long version) {
        DrugCase found = get(caseId);
        CaseSuspect suspect =
                Part.deleteAsRead(suspects.findById(suspectId), caseId, version, currentUser(), Instant.now(clock));
        entityManager.lock(found, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        suspects.saveAndFlush(suspect);
    }

    @PreAuthorize("hasAuthority('CASE_EDIT')")
    public CaseSeizure addSeizure(long caseId, SeizureForm form) {
        DrugCase found = editable(caseId, form.caseVersion());
        boolean hasSubstance = form.substance() != null && !form.substance().isBlank();
        if (hasSubstance) {
            Substance substance = queries.substances().stream()
                    .filter(s -> s.code().equals(form.substance()))
                    .findFirst()
                    .orElseThrow(() -> new RuleViolationException("case.seizure.substance.unknown", form.substance()));
            if (form.quantity() == null || form.unit() == null) {
                throw new RuleViolationException("case.seizure.quantity.missing");
            }
            if (form.unit().counted() != substance.unit()) {
                throw new RuleViolationException(
                        "case.seizure.unit.wrong", substance.unit().name());
            }
        } else if (form.otherItems() == null || form.otherItems().isBlank()) {
            throw new RuleViolationException("case.seizure.empty");
        }
        entityManager.lock(found, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return seizures.saveAndFlush(new CaseSeizure(caseId, form));
    }

    @PreAuthorize("hasAuthority('CASE_EDIT')")
    public void deleteSeizure(long caseId, long seizureId, long version) {
        DrugCase found = get(caseId);
        CaseSeizure seizure =
                Part.deleteAsRead(seizures.findById(seizureId), caseId, version, currentUser(), Instant.now(clock));
        entityManager.lock(found, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        seizures.saveAndFlush(seizure);
    }

    // --- administrative violations

    @Transactional(readOnly = true)
    public List<ViolationRow> violations(String unitCode, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new RuleViolationException("period.invalid", from, to);
        }
        AdminUnit unit = coverage.visibleUnit(unitCode, to);
        List<ViolationRow> rows = queries.violations(unit.id(), from, to, LIST_LIMIT);
        accessLog.record(
                AccessEventKind.LIST_PERSONAL_RECORDS,
                "drug-violations",
                null,
                unit.code() + " " + from + ".." + to + ": " + rows.size());
        return rows;
    }

    /** A violation, its identity as read: the read is logged. */
    @Transactional(readOnly = true)
    public DrugViolation violation(long id) {
        DrugViolation found = violations.findById(id).orElseThrow();
        coverage.check(found.getCommuneId());
        accessLog.record(AccessEventKind.VIEW_PERSONAL_RECORD, "drug-violation", id, null);
        return found;
    }

    @PreAuthorize("hasAuthority('CASE_EDIT')")
    public DrugViolation recordViolation(ViolationForm form) {
        AdminUnit commune = checkedViolation(form);
        return violations.saveAndFlush(new DrugViolation(commune.id(), form));
    }

    @PreAuthorize("hasAuthority('CASE_EDIT')")
    public DrugViolation correctViolation(long id, ViolationForm form) {
        DrugViolation found = violations.findById(id).orElseThrow();
        coverage.check(found.getCommuneId());
        if (form.version() == null || form.version() != found.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(DrugViolation.class, id);
        }
        AdminUnit commune = checkedViolation(form);
        found.apply(commune.id(), form);
        return violations.saveAndFlush(found);
    }

    @PreAuthorize("hasAuthority('CASE_EDIT')")
    public void deleteViolation(long id, long version) {
        DrugViolation found = violations.findById(id).orElseThrow();
        coverage.check(found.getCommuneId());
        if (version != found.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(DrugViolation.class, id);
        }
        found.delete(currentUser(), Instant.now(clock));
        violations.saveAndFlush(found);
    }

    private AdminUnit checkedViolation(ViolationForm form) {
        AdminUnit commune = commune(form.communeCode(), form.decidedOn());
        if (form.personId() != null) {
            try {
                people.visibleName(form.personId());
            } catch (NoSuchElementException | OutsideJurisdictionException e) {
                throw new RuleViolationException("case.suspect.person.unknown", form.personId());
            }
        } else {
            checkIdentity(form.fullName(), form.female(), form.birthYear(), form.idNumber());
        }
        if (form.fine() == null && (form.measure() == null || form.measure().isBlank())) {
            throw new RuleViolationException("violation.sanction.missing");
        }
        return commune;
    }

    // --- checks

    private DrugCase editable(long id, Long version) {
        DrugCase found = get(id);
        if (version == null || version != found.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(DrugCase.class, id);
        }
        return found;
    }

    /** The commune in force on the date, inside the jurisdiction; the agency of its province; the articles known. */
    private AdminUnit checked(CaseForm form) {
        AdminUnit commune = commune(form.communeCode(), form.detectedOn());
        if ((form.latitude() == null) != (form.longitude() == null)) {
            throw new RuleViolationException("case.coordinates.incomplete");
        }
        Agency agency = agencies.find(form.agencyId())
                .filter(a -> !a.isDeleted())
                .orElseThrow(() -> new RuleViolationException("case.agency.unknown"));
        if (!DETECTING.contains(agency.getKind())) {
            throw RuleViolationException.onField("agencyId", "case.agency.notDetecting", agency.getName());
        }
        AdminUnit province = units.find(agency.getProvinceCode(), LocalDate.now(clock))
                .orElseThrow(() -> new RuleViolationException("case.agency.unknown"));
        if (!coverage.covers(Jurisdiction.of(province.id()), commune.id())) {
            throw new RuleViolationException("case.agency.otherProvince", agency.getName());
        }
        Set<String> known = queries.articles().stream().map(Article::code).collect(Collectors.toSet());
        if (form.articleCodes().isEmpty()) {
            throw new RuleViolationException("case.articles.missing");
        }
        for (String article : form.articleCodes()) {
            if (!known.contains(article)) {
                throw new RuleViolationException("case.article.unknown", article);
            }
            if (article.equals("256a") && form.detectedOn().isBefore(ARTICLE_256A_FROM)) {
                throw new RuleViolationException("case.article.256a.notInForce");
            }
        }
        return commune;
    }

    private AdminUnit commune(String code, LocalDate on) {
        String stripped = code.strip();
        AdminUnit commune = units.find(stripped, on)
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .orElseThrow(() -> new RuleViolationException("case.commune.unknown", stripped, on));
        coverage.check(commune.id());
        return commune;
    }

    /**
     * The age group of a suspect: computed from the year of birth entered with the identity, refused when the one
     * given contradicts it; entered only when no year of birth is known (a person of the register).
     */
    static AgeGroup ageGroup(SuspectForm form, LocalDate detectedOn) {
        if (form.personId() == null && form.birthYear() != null) {
            AgeGroup computed = AgeGroup.of(form.birthYear(), detectedOn);
            if (form.ageGroup() != null && form.ageGroup() != computed) {
                throw RuleViolationException.onField("ageGroup", "case.suspect.ageGroup.contradicts", form.birthYear());
            }
            return computed;
        }
        if (form.ageGroup() == null) {
            throw RuleViolationException.onField("ageGroup", "case.suspect.ageGroup.missing");
        }
        return form.ageGroup();
    }

    /** A suspect or violator not in the register: a name, and an identification number agreeing with sex and year. */
    private void checkIdentity(String fullName, Boolean female, Integer birthYear, String idNumber) {
        if (fullName == null || fullName.isBlank()) {
            throw new RuleViolationException("case.suspect.name.missing");
        }
        if (idNumber != null && !idNumber.isBlank()) {
            if (female == null || birthYear == null) {
                throw new RuleViolationException("case.suspect.idNumber.needsSexAndYear");
            }
            people.idNumberProblem(idNumber, female, birthYear).ifPresent(problem -> {
                throw new RuleViolationException(problem);
            });
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
