package vn.pcmt.localities.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitService;
import vn.pcmt.geo.VillageService;
import vn.pcmt.platform.RuleViolationException;

/**
 * Key complex localities: selected by the standing office, transformed, complex again; their tasks; NB3 figures.
 * Everything inside the caller's jurisdiction; every change kept by Envers.
 */
@Service
@Transactional
public class KeyLocalityService {

    private final KeyLocalityRepository localities;
    private final KeyLocalityTaskRepository tasks;
    private final LocalityQueries queries;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final VillageService villages;
    private final Clock clock;

    KeyLocalityService(
            KeyLocalityRepository localities,
            KeyLocalityTaskRepository tasks,
            LocalityQueries queries,
            UnitService units,
            UnitCoverage coverage,
            VillageService villages,
            Clock clock) {
        this.localities = localities;
        this.tasks = tasks;
        this.queries = queries;
        this.units = units;
        this.coverage = coverage;
        this.villages = villages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<KeyLocalityRow> list(String unitCode, LocalDate date) {
        return queries.list(coverage.visibleUnit(unitCode.strip(), date).id(), date);
    }

    @Transactional(readOnly = true)
    public KeyLocalityFigures figures(String unitCode, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new RuleViolationException("period.invalid", from, to);
        }
        AdminUnit unit = coverage.visibleUnit(unitCode.strip(), to);
        return queries.figures(unit.id(), unit.code(), unit.fullName(), from, to);
    }

    @Transactional(readOnly = true)
    public KeyLocality get(long id) {
        KeyLocality locality = localities.findLive(id).orElseThrow();
        coverage.check(locality.getUnitId());
        return locality;
    }

    @Transactional(readOnly = true)
    public AdminUnit unitOf(KeyLocality locality) {
        return units.findById(locality.getUnitId()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<KeyLocalityTask> tasks(long localityId) {
        get(localityId);
        return tasks.findLive(localityId);
    }

    @PreAuthorize("hasAuthority('LOCALITY_EDIT')")
    public KeyLocality select(KeyLocalityForm form) {
        if (form.periodFrom().isAfter(form.periodTo())) {
            throw new RuleViolationException("period.invalid", form.periodFrom(), form.periodTo());
        }
        if (form.decisionDate().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("locality.decision.future");
        }
        AdminUnit commune = units.find(form.communeCode().strip(), form.decisionDate())
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .orElseThrow(() -> new RuleViolationException(
                        "locality.commune.unknown", form.communeCode(), form.decisionDate()));
        coverage.check(commune.id());
        if (form.villageId() != null
                && villages.find(form.villageId())
                        .filter(v -> v.getCommuneId() == commune.id() && !v.isDeleted())
                        .isEmpty()) {
            throw new RuleViolationException("locality.village.otherCommune");
        }
        boolean overlapping =
                queries.openSelectionOverlaps(commune.id(), form.villageId(), form.periodFrom(), form.periodTo());
        if (overlapping) {
            throw new RuleViolationException("locality.alreadySelected", commune.fullName());
        }
        return localities.saveAndFlush(new KeyLocality(commune.id(), form));
    }

    @PreAuthorize("hasAuthority('LOCALITY_EDIT')")
    public KeyLocality transform(long id, LocalDate on, String decision, long version) {
        KeyLocality locality = editable(id, version);
        if (locality.getTransformedOn() != null && locality.getComplexAgainOn() == null) {
            throw new RuleViolationException("locality.alreadyTransformed", locality.getTransformedOn());
        }
        if (locality.getComplexAgainOn() != null) {
            throw new RuleViolationException("locality.transform.afterComplexAgain");
        }
        if (on.isBefore(locality.getDecisionDate()) || on.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("locality.transform.date", locality.getDecisionDate());
        }
        if (decision == null || decision.isBlank()) {
            throw new RuleViolationException("locality.transform.decisionRequired");
        }
        locality.transform(on, decision);
        return localities.saveAndFlush(locality);
    }

    @PreAuthorize("hasAuthority('LOCALITY_EDIT')")
    public KeyLocality complexAgain(long id, LocalDate on, String reason, long version) {
        KeyLocality locality = editable(id, version);
        if (locality.getTransformedOn() == null) {
            throw new RuleViolationException("locality.again.notTransformed");
        }
        if (locality.getComplexAgainOn() != null) {
            throw new RuleViolationException("locality.again.already", locality.getComplexAgainOn());
        }
        if (!on.isAfter(locality.getTransformedOn()) || on.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("locality.again.date", locality.getTransformedOn());
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("locality.again.reasonRequired");
        }
        locality.complexAgain(on, reason);
        return localities.saveAndFlush(locality);
    }

    @PreAuthorize("hasAuthority('LOCALITY_EDIT')")
    public void delete(long id, long version) {
        KeyLocality locality = editable(id, version);
        locality.delete(currentUser(), Instant.now(clock));
        localities.saveAndFlush(locality);
    }

    @PreAuthorize("hasAuthority('LOCALITY_EDIT')")
    public KeyLocalityTask addTask(long localityId, String text, String lead, LocalDate dueOn) {
        get(localityId);
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("locality.task.textRequired");
        }
        return tasks.saveAndFlush(new KeyLocalityTask(localityId, text, lead, dueOn));
    }

    @PreAuthorize("hasAuthority('LOCALITY_EDIT')")
    public KeyLocalityTask completeTask(long localityId, long taskId, LocalDate on, long version) {
        get(localityId);
        KeyLocalityTask task = tasks.findById(taskId)
                .filter(t -> t.getLocalityId() == localityId)
                .orElseThrow();
        if (task.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(KeyLocalityTask.class, taskId);
        }
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("locality.task.doneDate");
        }
        task.done(on);
        return tasks.saveAndFlush(task);
    }

    private KeyLocality editable(long id, long version) {
        KeyLocality locality = get(id);
        if (locality.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(KeyLocality.class, id);
        }
        return locality;
    }

    static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
