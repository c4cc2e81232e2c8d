package vn.pcmt.plans;

import java.math.BigDecimal;

/** A target's value and status for one unit of its level (a commune, a former district): the drill-down. */
public record UnitProgress(String unitCode, String unitName, BigDecimal value, TargetStatus status) {}
