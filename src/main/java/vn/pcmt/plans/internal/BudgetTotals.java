package vn.pcmt.plans.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sums of a plan's live budget lines of live projects, by project, year, agency or funding source. */
@Repository
public class BudgetTotals {

    private static final String LINES = " from plan_budget_line b join plan_project p on p.id = b.project_id"
            + " where p.plan_id = :plan and p.deleted_at is null and b.deleted_at is null";

    private final JdbcClient jdbc;

    BudgetTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each project's own lines (without its sub-projects'). */
    public Map<Long, BudgetTotal> byProject(long planId) {
        return sum("b.project_id", planId, Long.class);
    }

    public Map<Integer, BudgetTotal> byYear(long planId) {
        return sum("b.year", planId, Integer.class);
    }

    public Map<Long, BudgetTotal> byAgency(long planId) {
        return sum("b.agency_id", planId, Long.class);
    }

    public Map<String, BudgetTotal> bySource(long planId) {
        return sum("b.source", planId, String.class);
    }

    private <K> Map<K, BudgetTotal> sum(String key, long planId, Class<K> type) {
        Map<K, BudgetTotal> out = new LinkedHashMap<>();
        jdbc.sql("select " + key + " as k, sum(b.allocated) as allocated, sum(b.disbursed) as disbursed" + LINES
                        + " group by " + key + " order by " + key)
                .param("plan", planId)
                .query(rs -> {
                    out.put(
                            rs.getObject("k", type),
                            BudgetTotal.of(rs.getBigDecimal("allocated"), rs.getBigDecimal("disbursed")));
                });
        return out;
    }
}
