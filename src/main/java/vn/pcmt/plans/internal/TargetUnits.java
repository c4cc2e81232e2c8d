package vn.pcmt.plans.internal;

import java.util.List;

/** A target of a plan for each unit beneath a unit: the drill-down of one target within the whole plan's. */
public record TargetUnits(long targetId, String code, String text, List<UnitProgress> units) {}
