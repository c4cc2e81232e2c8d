package vn.pcmt.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestClock;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.RegimeForm;
import vn.pcmt.platform.RuleViolationException;

/** A superseded plan is frozen (ADR 023): its reporting regimes can be neither added nor deleted. */
@PcmtTest
class RegimeStatusTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Autowired
    PeopleFixture fixture;

    @Autowired
    PlanService plans;

    @Autowired
    ReportingRegimes regimes;

    @Autowired
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    private Plan adopted(String number) {
        Plan draft = plans.create(new PlanForm(
                "33",
                number,
                "Kế hoạch chế độ báo cáo",
                "UBND tỉnh",
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                null,
                null));
        return plans.adopt(draft.getId(), draft.getVersion());
    }

    @Test
    void the_regimes_of_a_superseded_plan_are_frozen() {
        fixture.signIn("tinh");
        Plan old = adopted("1/KH-REG-OLD");
        RegimeForm annual = new RegimeForm(ReportKind.ANNUAL, Reporters.COMMUNES, 12, 15, 12, 20, null, "Công an tỉnh");
        ReportingRegime kept = regimes.add(old.getId(), annual);
        Plan replacement = adopted("2/KH-REG-NEW");
        old = plans.get(old.getId());
        plans.supersede(old.getId(), replacement.getId(), old.getVersion());

        long oldId = old.getId();
        RegimeForm half = new RegimeForm(ReportKind.SIX_MONTH, Reporters.COMMUNES, 6, 15, 6, 20, null, "Công an tỉnh");
        assertThatThrownBy(() -> regimes.add(oldId, half)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> regimes.delete(oldId, kept.getId(), kept.getVersion()))
                .isInstanceOf(RuleViolationException.class);
        assertThat(regimes.of(oldId)).extracting(ReportingRegime::getId).containsExactly(kept.getId());
        // the plan in force takes changes
        assertThat(regimes.add(replacement.getId(), half).getKind()).isEqualTo(ReportKind.SIX_MONTH);
    }
}
