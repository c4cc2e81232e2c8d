package vn.pcmt.plans;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan as a file (JSON) to share between provinces or years, and the form of the shipped templates: the heading,
 * the targets and the manual figures they need, the reporting regime, without the province.
 */
public record PlanDocument(
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
        List<ManualMetricSpec> manualMetrics,
        List<RegimeForm> regimes) {

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
                issuedOn.plusYears(years),
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
                                t.level()))
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
                                        r.recipient()))
                                .toList());
    }
}
