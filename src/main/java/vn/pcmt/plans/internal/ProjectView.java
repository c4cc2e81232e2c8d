package vn.pcmt.plans.internal;

import java.util.List;

/**
 * A project as read: its parent's code, its agencies by name and its budget total (with its sub-projects' for a
 * project that has some).
 */
public record ProjectView(
        PlanProject project,
        String parentCode,
        String leadAgency,
        List<String> cooperatingAgencies,
        BudgetTotal total,
        int subProjects) {}
