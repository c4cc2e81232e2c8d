package vn.pcmt.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pcmt.plans.internal.PlanAction.ADOPT;
import static vn.pcmt.plans.internal.PlanAction.DELETE;
import static vn.pcmt.plans.internal.PlanAction.EDIT;
import static vn.pcmt.plans.internal.PlanAction.EDIT_CONTENT;
import static vn.pcmt.plans.internal.PlanAction.END;
import static vn.pcmt.plans.internal.PlanAction.SUPERSEDE;
import static vn.pcmt.plans.internal.PlanStatus.DRAFT;
import static vn.pcmt.plans.internal.PlanStatus.ENDED;
import static vn.pcmt.plans.internal.PlanStatus.IN_FORCE;
import static vn.pcmt.plans.internal.PlanStatus.SUPERSEDED;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.pcmt.plans.internal.PlanAction;
import vn.pcmt.plans.internal.PlanStatus;
import vn.pcmt.platform.RuleViolationException;

/** The life of a plan, without Spring: every action from every status, allowed or refused (ADR 022, ADR 023). */
class PlanStatusTests {

    static final Map<PlanStatus, Map<PlanAction, PlanStatus>> ALLOWED = new EnumMap<>(Map.of(
            DRAFT, Map.of(EDIT, DRAFT, EDIT_CONTENT, DRAFT, ADOPT, IN_FORCE, DELETE, DRAFT),
            IN_FORCE, Map.of(EDIT, IN_FORCE, EDIT_CONTENT, IN_FORCE, END, ENDED, SUPERSEDE, SUPERSEDED),
            ENDED, Map.of(EDIT, ENDED, EDIT_CONTENT, ENDED, SUPERSEDE, SUPERSEDED),
            SUPERSEDED, Map.of()));

    @Test
    void a_plan_starts_as_a_draft() {
        assertThat(PlanStatus.initial()).isEqualTo(DRAFT);
    }

    @ParameterizedTest
    @EnumSource(PlanStatus.class)
    void each_allowed_action_leads_where_the_workflow_says(PlanStatus from) {
        ALLOWED.get(from).forEach((action, to) -> {
            assertThat(from.allows(action)).as("%s allows %s", from, action).isTrue();
            assertThat(from.next(action)).as("%s after %s", from, action).isEqualTo(to);
        });
    }

    @ParameterizedTest
    @EnumSource(PlanStatus.class)
    void every_other_action_is_refused_with_a_reason_in_both_languages(PlanStatus from) throws IOException {
        Properties vi = messages("messages.properties");
        Properties en = messages("messages_en.properties");
        for (PlanAction action : PlanAction.values()) {
            if (ALLOWED.get(from).containsKey(action)) {
                continue;
            }
            assertThat(from.allows(action)).as("%s allows %s", from, action).isFalse();
            assertThatThrownBy(() -> from.next(action)).isInstanceOfSatisfying(RuleViolationException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("plan.lifecycle.notAllowed." + action);
                assertThat(vi).containsKey(e.messageKey());
                assertThat(en).containsKey(e.messageKey());
            });
        }
    }

    @Test
    void every_status_has_a_label() throws IOException {
        Properties vi = messages("messages.properties");
        for (PlanStatus status : PlanStatus.values()) {
            assertThat(vi).containsKey("plan.lifecycle." + status);
        }
    }

    static Properties messages(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PlanStatusTests.class.getResourceAsStream("/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
