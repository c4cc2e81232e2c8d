package vn.pcmt.plans.internal;

import java.time.LocalDate;
import vn.pcmt.plans.Plan;

/** A plan's header and status as one version of its history holds them. */
public record PlanHeader(
        String number,
        String title,
        String issuer,
        LocalDate issuedOn,
        LocalDate periodFrom,
        LocalDate periodTo,
        String legalBasis,
        String objectives,
        PlanStatus status,
        Long supersededById) {

    static PlanHeader of(Plan p) {
        return new PlanHeader(
                p.getNumber(),
                p.getTitle(),
                p.getIssuer(),
                p.getIssuedOn(),
                p.getPeriodFrom(),
                p.getPeriodTo(),
                p.getLegalBasis(),
                p.getObjectives(),
                p.getStatus(),
                p.getSupersededById());
    }
}
