package vn.pcmt.plans.internal;

import java.util.List;

/** The money of a plan's projects: in all, by project (with sub-projects), by year, by agency and by funding source. */
public record BudgetSummary(
        BudgetTotal total,
        List<ProjectTotal> byProject,
        List<YearTotal> byYear,
        List<AgencyTotal> byAgency,
        List<SourceTotal> bySource) {

    public record ProjectTotal(long projectId, String code, String name, String parentCode, BudgetTotal total) {}

    public record YearTotal(int year, BudgetTotal total) {}

    public record AgencyTotal(long agencyId, String agency, BudgetTotal total) {}

    public record SourceTotal(FundingSource source, BudgetTotal total) {}
}
