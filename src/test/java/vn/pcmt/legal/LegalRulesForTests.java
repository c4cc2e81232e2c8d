package vn.pcmt.legal;

import java.time.LocalDate;

/** Legal rules built in memory, for plain unit tests of the rules that read them (no database). */
public final class LegalRulesForTests {

    private LegalRulesForTests() {}

    /** A confirmed rule in force from {@code from}, with no end. */
    public static LegalRule rule(LegalRuleCode code, int amount, DurationUnit unit, LocalDate from) {
        return new LegalRule(code, amount, unit, from, "test", null);
    }
}
