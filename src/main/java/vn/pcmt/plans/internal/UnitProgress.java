package vn.pcmt.plans.internal;

import java.math.BigDecimal;
import vn.pcmt.plans.TargetStatus;

/** A target's value and status for one unit of its level (a commune, a former district): the drill-down. */
public record UnitProgress(String unitCode, String unitName, BigDecimal value, TargetStatus status) {}
