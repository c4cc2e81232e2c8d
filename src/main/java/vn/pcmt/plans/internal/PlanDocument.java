package vn.pcmt.plans.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as a file (JSON) to share between provinces or years, and the form of the shipped templates: the heading,
 * the targets and the manual figures they need, the reporting regime, the projects (dự án) and the tasks with their
 * agencies by code; without the province and without budget lines or task progress.
 */
public record PlanDocument(
        @Size(max = 40) String templateCode,
        @Size(max = 100) String number,
        @Size(max = 500) String title,
        @Size(max = 250) String issuer,
        LocalDate issuedOn,
        LocalDate periodFrom,
        LocalDate periodTo,
        @Size(max = 8000) String legalBasis,
        @Size(max = 8000) String objectives,
        @Size(max = 1000) List<@Valid @NotNull PlanTargetForm> targets,
        @Size(max = 1000) List<@Valid @NotNull ManualMetricSpec> manualMetrics,
        @Size(max = 100) List<@Valid @NotNull RegimeForm> regimes,
        @Size(max = 1000) List<@Valid @NotNull ProjectSpec> projects,
        @Size(max = 5000) List<@Valid @NotNull TaskSpec> tasks) {

    /** A plan file of the first version, without regimes nor projects. */
    public PlanDocument(
            String templateCode,
            String number,
            String title,
            String issuer,
            LocalDate issuedOn,
            LocalDate periodFrom,
            LocalDate periodTo,
            String legalBasis,
            String objectives,
            List<PlanTargetForm> targets,
            List<ManualMetricSpec> manualMetrics) {
        this(
                templateCode,
                number,
                title,
                issuer,
                issuedOn,
                periodFrom,
                periodTo,
                legalBasis,
                objectives,
                targets,
                manualMetrics,
                null,
                null,
                null);
    }

    /** The same plan with every date moved by whole years (a plan copied for another year). */
    public PlanDocument shiftedBy(int years) {
        if (years == 0) {
            return this;
        }
        return new PlanDocument(
                templateCode,
                number,
                title,
                issuer,
                issuedOn == null ? null : issuedOn.plusYears(years),
                periodFrom.plusYears(years),
                periodTo.plusYears(years),
                legalBasis,
                objectives,
                targets.stream()
                        .map(t -> new PlanTargetForm(
                                t.code(),
                                t.text(),
                                t.metricCode(),
                                t.form(),
                                t.denominator(),
                                t.comparison(),
                                t.threshold(),
                                t.yearly(),
                                t.dueOn() == null ? null : t.dueOn().plusYears(years),
                                t.level(),
                                t.groupId(),
                                t.unitComparison(),
                                t.unitThreshold()))
                        .toList(),
                manualMetrics,
                regimes == null
                        ? null
                        : regimes.stream()
                                .map(r -> new RegimeForm(
                                        r.kind(),
                                        r.reporters(),
                                        r.periodEndMonth(),
                                        r.periodEndDay(),
                                        r.dueMonth(),
                                        r.dueDay(),
                                        r.dueOn() == null ? null : r.dueOn().plusYears(years),
                                        r.recipient(),
                                        r.periodStartMonth(),
                                        r.periodStartDay()))
                                .toList(),
                projects,
                tasks == null
                        ? null
                        : tasks.stream().map(t -> t.shiftedBy(years)).toList());
    }

    /** The file without its tasks given to units (for a copy into another province, whose units they are not). */
    PlanDocument withoutUnitTasks() {
        return new PlanDocument(
                templateCode,
                number,
                title,
                issuer,
                issuedOn,
                periodFrom,
                periodTo,
                legalBasis,
                objectives,
                targets,
                manualMetrics,
                regimes,
                projects,
                tasks == null ? null : tasks.stream().filter(t -> !t.toUnit()).toList());
    }
}
