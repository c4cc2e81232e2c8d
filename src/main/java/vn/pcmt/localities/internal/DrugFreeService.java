package vn.pcmt.localities.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitService;
import vn.pcmt.localities.DrugFreeAlert;
import vn.pcmt.localities.Localities;
import vn.pcmt.platform.Attachments;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.text.VietnameseText;

/**
 * The drug-free commune programme: programmes with their criteria set, communes registered in them and their
 * workflow (register → self-assess → submit → appraise → recognise → review yearly → keep or revoke), each step
 * kept in the commune's history, each assessment with every criterion's value. Inside the caller's jurisdiction.
 */
@Service
@Transactional
public class DrugFreeService implements Localities {

    private final DrugFreeProgrammeRepository programmes;
    private final DrugFreeCommuneRepository entries;
    private final DrugFreeQueries queries;
    private final CriteriaEvaluator evaluator;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final Clock clock;

    DrugFreeService(
            DrugFreeProgrammeRepository programmes,
            DrugFreeCommuneRepository entries,
            DrugFreeQueries queries,
            CriteriaEvaluator evaluator,
            UnitService units,
            UnitCoverage coverage,
            Clock clock) {
        this.programmes = programmes;
        this.entries = entries;
        this.queries = queries;
        this.evaluator = evaluator;
        this.units = units;
        this.coverage = coverage;
        this.clock = clock;
    }

    /** The templates and the sets of the provinces the caller works in ({@link CriteriaSets#list}). */
    @Transactional(readOnly = true)
    public List<CriteriaSet> criteriaSets() {
        return queries.criteriaSets().stream()
                .filter(s -> s.template() || worksIn(s.provinceCode()))
                .toList();
    }

    @Transactional(readOnly = true)
    public CriteriaSet criteriaSet(long id) {
        CriteriaSet set = queries.criteriaSet(id).orElseThrow();
        if (!set.template()) {
            coverage.provinceWorkedIn(set.provinceCode());
        }
        return set;
    }

    private boolean worksIn(String provinceCode) {
        return coverage.worksIn(provinceCode);
    }

    /** The programmes of a province the caller works in (its own, or the one their commune lies in). */
    @Transactional(readOnly = true)
    public List<DrugFreeProgramme> programmes(String provinceCode) {
        coverage.provinceWorkedIn(provinceCode);
        return programmes.findLive(provinceCode);
    }

    /** A programme of a province the caller works in; another province's is refused. */
    @Transactional(readOnly = true)
    public DrugFreeProgramme programme(long id) {
        DrugFreeProgramme programme = programmes.findLive(id).orElseThrow();
        coverage.provinceWorkedIn(programme.getProvinceCode());
        return programme;
    }

    @PreAuthorize("hasAuthority('DRUGFREE_APPRAISE')")
    public DrugFreeProgramme createProgramme(DrugFreeProgrammeForm form) {
        AdminUnit province = units.find(form.provinceCode(), form.startsOn())
                .or(() -> units.find(form.provinceCode(), LocalDate.now(clock)))
                .filter(u -> u.level() == UnitLevel.PROVINCE)
                .orElseThrow(() -> new RuleViolationException("drugfree.province.unknown", form.provinceCode()));
        coverage.check(province.id());
        CriteriaSet set = queries.criteriaSet(form.criteriaSetId())
                .filter(s -> s.template() || s.provinceCode().equals(province.code()))
                .orElseThrow(() -> new RuleViolationException("drugfree.criteriaSet.unknown"));
        if (form.phaseEndsOn() != null && form.phaseEndsOn().isBefore(form.startsOn())) {
            throw new RuleViolationException("period.invalid", form.startsOn(), form.phaseEndsOn());
        }
        return programmes.saveAndFlush(new DrugFreeProgramme(province.code(), form));
    }

    /**
     * The newer revisions of the programme's criteria set (same code, same owner, a higher revision), latest first:
     * those it may move to.
     */
    @Transactional(readOnly = true)
    public List<CriteriaSet> newerRevisions(long programmeId) {
        DrugFreeProgramme programme = programme(programmeId);
        CriteriaSet current = queries.criteriaSet(programme.getCriteriaSetId()).orElseThrow();
        return queries.criteriaSets().stream()
                .filter(s -> s.code().equals(current.code())
                        && java.util.Objects.equals(s.provinceCode(), current.provinceCode())
                        && s.level() == current.level()
                        && s.revision() > current.revision())
                .sorted(java.util.Comparator.comparingInt(CriteriaSet::revision).reversed())
                .toList();
    }

    /**
     * Moves a programme to a newer revision of its criteria set (the province's standing office, at the version
     * read). Assessments made before keep the criteria they were judged on (their items name the criteria of the
     * former revision); the next assessments use the new one. Another set, or an older revision, is refused.
     */
    @PreAuthorize("hasAuthority('DRUGFREE_APPRAISE')")
    public DrugFreeProgramme moveToRevision(long programmeId, long criteriaSetId, long version) {
        DrugFreeProgramme programme = programme(programmeId);
        AdminUnit province = units.find(programme.getProvinceCode(), LocalDate.now(clock))
                .or(() -> units.find(programme.getProvinceCode(), programme.getStartsOn()))
                .orElseThrow();
        coverage.check(province.id());
        if (programme.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(
                    DrugFreeProgramme.class, programmeId);
        }
        if (newerRevisions(programmeId).stream().noneMatch(s -> s.id() == criteriaSetId)) {
            throw RuleViolationException.onField(
                    "criteriaSetId", "drugfree.programme.notNewerRevision", String.valueOf(criteriaSetId));
        }
        programme.moveTo(criteriaSetId);
        return programmes.saveAndFlush(programme);
    }

    /** The communes of a programme that the caller's jurisdiction covers. */
    @Transactional(readOnly = true)
    public List<DrugFreeCommune> communes(long programmeId) {
        programme(programmeId);
        var jurisdiction = coverage.current();
        return entries.findByProgrammeId(programmeId).stream()
                .filter(e -> coverage.covers(jurisdiction, e.getUnitId()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<DrugFreeFigures> figures(long programmeId) {
        DrugFreeProgramme programme = programme(programmeId);
        AdminUnit province = units.find(programme.getProvinceCode(), programme.getStartsOn())
                .or(() -> units.find(programme.getProvinceCode(), LocalDate.now(clock)))
                .orElseThrow();
        coverage.check(province.id());
        return queries.figures(programmeId, programme.getProvinceCode(), programme.getStartsOn());
    }

    @Transactional(readOnly = true)
    public DrugFreeCommune entry(long id) {
        DrugFreeCommune entry = entries.findById(id).orElseThrow();
        coverage.check(entry.getUnitId());
        return entry;
    }

    /** The commune's latest entry, in the given programme or in any. */
    @Transactional(readOnly = true)
    public Optional<DrugFreeCommune> entryOf(String communeCode, Long programmeId) {
        AdminUnit commune = commune(communeCode, LocalDate.now(clock));
        List<DrugFreeCommune> all = entries.findByUnitIdOrderByIdDesc(commune.id());
        return all.stream()
                .filter(e -> programmeId == null || e.getProgrammeId() == programmeId)
                .findFirst();
    }

    @Transactional(readOnly = true)
    public AdminUnit unitOf(DrugFreeCommune entry) {
        return units.findById(entry.getUnitId()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<DrugFreeStep> steps(long entryId) {
        entry(entryId);
        return queries.steps(entryId);
    }

    @Transactional(readOnly = true)
    public List<Assessment> assessments(long entryId) {
        DrugFreeCommune entry = entry(entryId);
        return queries.assessments(entryId, setOf(entry));
    }

    /**
     * Every criterion judged for the commune on the date: automatic ones from the registers, manual ones from the
     * latest assessment made on or before the date.
     */
    @Transactional(readOnly = true)
    public List<CriterionResult> evaluate(long entryId, LocalDate date) {
        DrugFreeCommune entry = entry(entryId);
        return evaluator.evaluate(setOf(entry).criteria(), unitOf(entry), date, latestManual(entry, date));
    }

    @Transactional(readOnly = true)
    @Override
    public List<DrugFreeAlert> openAlerts(Long entryId) {
        if (entryId != null) {
            entry(entryId);
        }
        return queries.openAlerts(UnitCoverage.sqlCondition(coverage.current(), "dc.unit_id"), entryId);
    }

    @PreAuthorize("hasAnyAuthority('DRUGFREE_EDIT', 'DRUGFREE_APPRAISE')")
    public DrugFreeCommune register(long programmeId, String communeCode, LocalDate on) {
        DrugFreeProgramme programme = programme(programmeId);
        if (on.isAfter(LocalDate.now(clock)) || on.isBefore(programme.getStartsOn())) {
            throw new RuleViolationException("drugfree.register.date", programme.getStartsOn());
        }
        CriteriaSet set = queries.criteriaSet(programme.getCriteriaSetId()).orElseThrow();
        AdminUnit commune =
                set.level() == CriteriaLevel.PROVINCE ? province(communeCode, on) : commune(communeCode, on);
        if (!commune.provinceCode().equals(programme.getProvinceCode())) {
            throw new RuleViolationException("drugfree.register.otherProvince", commune.fullName());
        }
        if (entries.findByProgrammeIdAndUnitId(programmeId, commune.id()).isPresent()) {
            throw new RuleViolationException("drugfree.register.already", commune.fullName());
        }
        DrugFreeCommune entry = entries.saveAndFlush(new DrugFreeCommune(programmeId, commune.id(), on));
        queries.step(
                entry.getId(), DrugFreeAction.REGISTER, entry.getStatus(), on, null, KeyLocalityService.currentUser());
        return entry;
    }

    /** The commune assesses itself: automatic criteria computed, manual ones as entered. */
    @PreAuthorize("hasAnyAuthority('DRUGFREE_EDIT', 'DRUGFREE_APPRAISE')")
    public Assessment selfAssess(
            long entryId, LocalDate on, Map<Long, ManualValue> manual, String comment, long version) {
        DrugFreeCommune entry = editable(entryId, version, DrugFreeAction.SELF_ASSESS);
        checkAssessor(entry);
        checkDate(on, entry.getRegisteredOn());
        List<CriterionResult> results = evaluator.evaluate(setOf(entry).criteria(), unitOf(entry), on, manual);
        long id = queries.saveAssessment(
                entryId, AssessmentKind.SELF, on, results, comment, KeyLocalityService.currentUser());
        move(entry, DrugFreeAction.SELF_ASSESS, on, comment);
        return queries.assessments(entryId, setOf(entry)).stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @PreAuthorize("hasAnyAuthority('DRUGFREE_EDIT', 'DRUGFREE_APPRAISE')")
    public DrugFreeCommune submit(long entryId, long version) {
        DrugFreeCommune entry = editable(entryId, version, DrugFreeAction.SUBMIT);
        checkAssessor(entry);
        Assessment latest = queries.assessments(entryId, setOf(entry)).get(0);
        if (!latest.allMet()) {
            throw new RuleViolationException("drugfree.submit.notAllMet");
        }
        return move(entry, DrugFreeAction.SUBMIT, LocalDate.now(clock), null);
    }

    /**
     * The provincial police appraise a submitted dossier: automatic criteria recomputed on the date, manual ones
     * taken from the self-assessment and accepted or not, each with a comment. All met: appraised; otherwise
     * returned to the commune.
     */
    @PreAuthorize("hasAuthority('DRUGFREE_APPRAISE')")
    public Assessment appraise(
            long entryId,
            LocalDate on,
            Set<Long> rejectedManual,
            Map<Long, String> comments,
            String comment,
            long version) {
        DrugFreeCommune entry = editable(entryId, version, DrugFreeAction.APPRAISE);
        checkDate(on, entry.getRegisteredOn());
        CriteriaSet set = setOf(entry);
        List<CriterionResult> results =
                evaluator.evaluate(set.criteria(), unitOf(entry), on, latestManual(entry, on)).stream()
                        .map(r -> new CriterionResult(
                                r.criterion(),
                                r.value(),
                                r.total(),
                                r.met()
                                        && (r.automatic()
                                                || !rejectedManual.contains(
                                                        r.criterion().id())),
                                r.evidence(),
                                VietnameseText.clean(comments.get(r.criterion().id()))))
                        .toList();
        boolean allMet = results.stream().allMatch(CriterionResult::met);
        if (!allMet && (comment == null || comment.isBlank())) {
            throw new RuleViolationException("drugfree.appraise.commentRequired");
        }
        long id = queries.saveAssessment(
                entryId, AssessmentKind.APPRAISAL, on, results, comment, KeyLocalityService.currentUser());
        entry.appraised(allMet);
        record(entry, DrugFreeAction.APPRAISE, on, comment);
        return queries.assessments(entryId, set).stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @PreAuthorize("hasAuthority('DRUGFREE_APPRAISE')")
    public DrugFreeCommune recognise(long entryId, String decisionNumber, LocalDate on, long version) {
        DrugFreeCommune entry = editable(entryId, version, DrugFreeAction.RECOGNISE);
        checkDate(on, entry.getRegisteredOn());
        if (decisionNumber == null || decisionNumber.isBlank()) {
            throw new RuleViolationException("drugfree.recognise.decisionRequired");
        }
        entry.recognise(decisionNumber.strip(), on);
        entries.saveAndFlush(entry);
        queries.step(
                entryId,
                DrugFreeAction.RECOGNISE,
                entry.getStatus(),
                on,
                decisionNumber.strip(),
                KeyLocalityService.currentUser());
        return entry;
    }

    /** The yearly re-assessment of a recognised commune; it stays recognised until revoked by decision. */
    @PreAuthorize("hasAuthority('DRUGFREE_APPRAISE')")
    public Assessment review(long entryId, LocalDate on, String comment, long version) {
        DrugFreeCommune entry = editable(entryId, version, DrugFreeAction.REVIEW);
        checkDate(on, entry.getRecognisedOn());
        CriteriaSet set = setOf(entry);
        List<CriterionResult> results = evaluator.evaluate(set.criteria(), unitOf(entry), on, latestManual(entry, on));
        long id = queries.saveAssessment(
                entryId, AssessmentKind.REVIEW, on, results, comment, KeyLocalityService.currentUser());
        move(entry, DrugFreeAction.REVIEW, on, comment);
        return queries.assessments(entryId, set).stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @PreAuthorize("hasAuthority('DRUGFREE_APPRAISE')")
    public DrugFreeCommune revoke(long entryId, LocalDate on, String reason, long version) {
        DrugFreeCommune entry = editable(entryId, version, DrugFreeAction.REVOKE);
        checkDate(on, entry.getRecognisedOn());
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("drugfree.revoke.reasonRequired");
        }
        entry.revoke(on, reason.strip());
        entries.saveAndFlush(entry);
        queries.step(
                entryId,
                DrugFreeAction.REVOKE,
                entry.getStatus(),
                on,
                reason.strip(),
                KeyLocalityService.currentUser());
        return entry;
    }

    @PreAuthorize("hasAuthority('DRUGFREE_APPRAISE')")
    public void closeAlert(long entryId, long alertId, String note) {
        entry(entryId);
        if (note == null || note.isBlank()) {
            throw new RuleViolationException("drugfree.alert.noteRequired");
        }
        if (queries.close(alertId, entryId, KeyLocalityService.currentUser(), note.strip()) == 0) {
            throw new java.util.NoSuchElementException();
        }
    }

    /** Attaches an evidence file to a manual criterion while the commune is preparing its dossier. */
    @PreAuthorize("hasAuthority('DRUGFREE_EDIT')")
    public Evidence attach(long entryId, long criterionId, String fileName, byte[] content) {
        DrugFreeCommune entry = entry(entryId);
        entry.getStatus().check(DrugFreeAction.ATTACH);
        DrugFreeCriterion criterion = setOf(entry).criteria().stream()
                .filter(c -> c.id() == criterionId && !c.method().isAutomatic())
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("drugfree.evidence.criterion.invalid"));
        String type = Attachments.check(content);
        String name = Attachments.safeName(fileName, "minh-chung");
        long id = queries.addEvidence(entryId, criterion.id(), name, type, content, KeyLocalityService.currentUser());
        return queries.evidence(entryId).stream()
                .filter(e -> e.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Evidence> evidence(long entryId) {
        entry(entryId);
        return queries.evidence(entryId);
    }

    @Transactional(readOnly = true)
    public byte[] evidenceContent(long entryId, long evidenceId) {
        entry(entryId);
        return queries.evidenceContent(entryId, evidenceId).orElseThrow();
    }

    /** The automatic criteria a recognised commune breaks today; used by the alerts. */
    public List<CriterionResult> brokenAutomatic(DrugFreeCommune entry, LocalDate on) {
        List<DrugFreeCriterion> automatic = setOf(entry).criteria().stream()
                .filter(c -> c.method().isAutomatic() && c.method() != CriterionMethod.AUTO_METRIC)
                .toList();
        return evaluator.evaluate(automatic, unitOf(entry), on, Map.of()).stream()
                .filter(r -> !r.met())
                .toList();
    }

    private CriteriaSet setOf(DrugFreeCommune entry) {
        return queries.criteriaSet(programmes
                        .findLive(entry.getProgrammeId())
                        .orElseThrow()
                        .getCriteriaSetId())
                .orElseThrow();
    }

    /** Manual values of the latest assessment made on or before the date. */
    private Map<Long, ManualValue> latestManual(DrugFreeCommune entry, LocalDate date) {
        Map<Long, ManualValue> manual = new HashMap<>();
        queries.assessments(entry.getId(), setOf(entry)).stream()
                .filter(a -> !a.assessedOn().isAfter(date))
                .findFirst()
                .ifPresent(a -> a.items().stream()
                        .filter(r -> !r.automatic())
                        .forEach(r ->
                                manual.put(r.criterion().id(), new ManualValue(r.value(), r.total(), r.evidence()))));
        return manual;
    }

    /**
     * A commune assesses itself and submits its dossier ({@code DRUGFREE_EDIT}); for a drug-free province the
     * standing office does ({@code DRUGFREE_APPRAISE}).
     */
    private void checkAssessor(DrugFreeCommune entry) {
        String needed = unitOf(entry).level() == UnitLevel.PROVINCE ? "DRUGFREE_APPRAISE" : "DRUGFREE_EDIT";
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        boolean granted = auth != null && auth.getAuthorities().stream().anyMatch(a -> needed.equals(a.getAuthority()));
        if (!granted) {
            throw new org.springframework.security.access.AccessDeniedException(needed);
        }
    }

    private DrugFreeCommune editable(long entryId, long version, DrugFreeAction action) {
        DrugFreeCommune entry = entry(entryId);
        if (entry.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(DrugFreeCommune.class, entryId);
        }
        entry.getStatus().check(action);
        return entry;
    }

    private DrugFreeCommune move(DrugFreeCommune entry, DrugFreeAction action, LocalDate on, String note) {
        entry.apply(action);
        return record(entry, action, on, note);
    }

    private DrugFreeCommune record(DrugFreeCommune entry, DrugFreeAction action, LocalDate on, String note) {
        DrugFreeCommune saved = entries.saveAndFlush(entry);
        queries.step(entry.getId(), action, saved.getStatus(), on, note, KeyLocalityService.currentUser());
        return saved;
    }

    private void checkDate(LocalDate on, LocalDate notBefore) {
        if (on == null || on.isAfter(LocalDate.now(clock)) || (notBefore != null && on.isBefore(notBefore))) {
            throw new RuleViolationException("drugfree.date.invalid", notBefore);
        }
    }

    /** The province a drug-free province programme assesses: in force on the date (or today), in the jurisdiction. */
    private AdminUnit province(String code, LocalDate on) {
        AdminUnit province = units.find(code.strip(), on)
                .or(() -> units.find(code.strip(), LocalDate.now(clock)))
                .filter(u -> u.level() == UnitLevel.PROVINCE)
                .orElseThrow(() -> new RuleViolationException("drugfree.province.unknown", code));
        coverage.check(province.id());
        return province;
    }

    private AdminUnit commune(String code, LocalDate on) {
        AdminUnit commune = units.find(code.strip(), on)
                .or(() -> units.find(code.strip(), LocalDate.now(clock)))
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .orElseThrow(() -> new RuleViolationException("locality.commune.unknown", code, on));
        coverage.check(commune.id());
        return commune;
    }
}
