package vn.pcmt.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.CurrentJurisdiction;
import vn.pcmt.geo.Jurisdiction;
import vn.pcmt.platform.RuleViolationException;

/**
 * The legal rules as dated rows, in a slice of the application (ADR 027): the {@code legal} module with the modules
 * it uses, over the real database, migrated as the application migrates it. Each test rolls back.
 */
@ApplicationModuleTest(extraIncludes = {"platform", "geo", "audit"})
@ActiveProfiles("test")
@Transactional
class LegalRulesSliceTests {

    @Autowired
    LegalRules rules;

    @Test
    void the_version_in_force_on_a_date_is_the_one_of_that_date() {
        LegalRule management = rules.on(LegalRuleCode.DRUG_USE_MANAGEMENT_DURATION, LocalDate.of(2026, 6, 15));
        assertThat(management.inForceOn(LocalDate.of(2026, 6, 15))).isTrue();
        assertThat(rules.versions(LegalRuleCode.DRUG_USE_MANAGEMENT_DURATION)).contains(management);
    }

    @Test
    void a_new_version_ends_the_one_in_force_the_day_before_and_is_announced(PublishedEvents events) {
        LocalDate from = LocalDate.of(2099, 1, 1);
        LegalRule before = rules.on(LegalRuleCode.DRUG_USE_MANAGEMENT_DURATION, from);

        LegalRule next = rules.supersede(
                LegalRuleCode.DRUG_USE_MANAGEMENT_DURATION, 7, DurationUnit.MONTHS, from, "Luật thử", null);

        assertThat(rules.on(LegalRuleCode.DRUG_USE_MANAGEMENT_DURATION, from)).isEqualTo(next);
        assertThat(rules.on(LegalRuleCode.DRUG_USE_MANAGEMENT_DURATION, from.minusDays(1)))
                .isEqualTo(before);
        assertThat(before.getEffectiveTo()).isEqualTo(from.minusDays(1));
        assertThat(events.ofType(LegalRuleSuperseded.class)).hasSize(1);
        assertThatThrownBy(() -> rules.supersede(
                        LegalRuleCode.DRUG_USE_MANAGEMENT_DURATION, 8, DurationUnit.MONTHS, from, "Luật thử", null))
                .isInstanceOf(RuleViolationException.class);
    }

    /** The geo module asks whose request it is; in this slice nobody's but a national administrator's. */
    @TestConfiguration(proxyBeanMethods = false)
    static class National {
        @Bean
        CurrentJurisdiction national() {
            return Jurisdiction::national;
        }
    }
}
