package vn.pcmt.plans;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import vn.pcmt.plans.internal.PlanTaskForm;
import vn.pcmt.plans.internal.Recurrence;
import vn.pcmt.plans.internal.TaskStatus;
import vn.pcmt.platform.Part;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/**
 * A task of a plan for a lead agency (and cooperating ones) or for a unit (a commune's or a former district's
 * steering committee / people's committee: {@code leadUnitId}, a unit version); its progress reports are kept
 * apart, in order.
 */
@Entity
@Audited
public class PlanTask extends SoftDeleted implements Part {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private long planId;

    private String text;

    private Long leadAgencyId;

    private Long leadUnitId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_task_agency", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "agency_id")
    private Set<Long> cooperatingAgencyIds = new LinkedHashSet<>();

    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private Recurrence recurrence;

    @Enumerated(EnumType.STRING)
    private TaskStatus status;

    private int progressPercent;

    @Version
    private long version;

    protected PlanTask() {}

    public PlanTask(long planId, PlanTaskForm form) {
        this(planId, form, null);
    }

    /** A task whose lead is a unit ({@code leadUnitId}) rather than the form's agency. */
    public PlanTask(long planId, PlanTaskForm form, Long leadUnitId) {
        this.planId = planId;
        this.text = VietnameseText.normalize(form.text());
        this.leadUnitId = leadUnitId;
        this.leadAgencyId = leadUnitId == null ? form.leadAgencyId() : null;
        this.cooperatingAgencyIds.addAll(form.cooperating());
        if (leadAgencyId != null) {
            this.cooperatingAgencyIds.remove(leadAgencyId);
        }
        this.dueOn = form.dueOn();
        this.recurrence = form.recurrence() == null ? Recurrence.NONE : form.recurrence();
        this.status = TaskStatus.NOT_STARTED;
    }

    public void report(TaskStatus status, int progressPercent) {
        this.status = status;
        this.progressPercent = status == TaskStatus.DONE ? 100 : progressPercent;
    }

    @Override
    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    /** Whether the agency leads or cooperates on the task. */
    public boolean involves(Long agencyId) {
        return agencyId != null && (agencyId.equals(leadAgencyId) || cooperatingAgencyIds.contains(agencyId));
    }

    /** Whether the task was given to the unit (its users report on it). */
    public boolean givenTo(Long unitId) {
        return unitId != null && unitId.equals(leadUnitId);
    }

    /** The due date that matters on {@code today}: for a recurring task, the current cycle's. */
    public LocalDate currentDue(LocalDate lastDone, LocalDate today) {
        if (dueOn == null) {
            return null;
        }
        LocalDate from = lastDone == null ? dueOn : lastDone.plusDays(1);
        return recurrence.nextDue(dueOn, from.isAfter(today) ? today : from);
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    @Override
    public long partOf() {
        return getPlanId();
    }

    public String getText() {
        return text;
    }

    /** The lead agency; null when the task was given to a unit. */
    public Long getLeadAgencyId() {
        return leadAgencyId;
    }

    /** The unit (version id) the task was given to; null when its lead is an agency. */
    public Long getLeadUnitId() {
        return leadUnitId;
    }

    public Set<Long> getCooperatingAgencyIds() {
        return Set.copyOf(cooperatingAgencyIds);
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Recurrence getRecurrence() {
        return recurrence;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public int getProgressPercent() {
        return progressPercent;
    }

    public long getVersion() {
        return version;
    }
}
