package vn.pcmt.legal;

import java.time.LocalDate;

/** A new version of a rule is in force from {@code from}: records dated from then may be judged differently. */
public record LegalRuleSuperseded(LegalRuleCode code, LocalDate from) {}
