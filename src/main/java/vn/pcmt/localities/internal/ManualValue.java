package vn.pcmt.localities.internal;

import java.math.BigDecimal;

/** What the commune enters for a manual criterion: a count (and the whole, for shares) and the evidence. */
public record ManualValue(BigDecimal value, BigDecimal total, String evidence) {}
