package vn.pcmt.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pcmt.metrics.FigureStatus.ACCEPTED;
import static vn.pcmt.metrics.FigureStatus.RETURNED;
import static vn.pcmt.metrics.FigureStatus.SUBMITTED;
import static vn.pcmt.metrics.internal.FigureAction.ACCEPT;
import static vn.pcmt.metrics.internal.FigureAction.CORRECT;
import static vn.pcmt.metrics.internal.FigureAction.RETURN;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.pcmt.metrics.internal.FigureAction;
import vn.pcmt.platform.RuleViolationException;

/** An entered figure, without Spring: every action from every status, allowed or refused. */
class FigureStatusTests {

    static final Map<FigureStatus, Map<FigureAction, FigureStatus>> ALLOWED = new EnumMap<>(Map.of(
            SUBMITTED, Map.of(CORRECT, SUBMITTED, ACCEPT, ACCEPTED, RETURN, RETURNED),
            RETURNED, Map.of(CORRECT, SUBMITTED),
            ACCEPTED, Map.of(CORRECT, SUBMITTED)));

    @Test
    void an_entered_figure_waits_for_review_and_the_review_is_accept_or_return() {
        assertThat(FigureStatus.initial()).isEqualTo(SUBMITTED);
        assertThat(FigureStatus.review(true)).isEqualTo(ACCEPT);
        assertThat(FigureStatus.review(false)).isEqualTo(RETURN);
    }

    @ParameterizedTest
    @EnumSource(FigureStatus.class)
    void each_allowed_action_leads_where_the_review_says(FigureStatus from) {
        ALLOWED.get(from).forEach((action, to) -> {
            assertThat(from.allows(action)).as("%s allows %s", from, action).isTrue();
            assertThat(from.next(action)).as("%s after %s", from, action).isEqualTo(to);
        });
    }

    @ParameterizedTest
    @EnumSource(FigureStatus.class)
    void only_a_figure_waiting_for_review_is_reviewed(FigureStatus from) {
        for (FigureAction action : FigureAction.values()) {
            if (ALLOWED.get(from).containsKey(action)) {
                continue;
            }
            assertThat(from.allows(action)).as("%s allows %s", from, action).isFalse();
            assertThatThrownBy(() -> from.next(action))
                    .as("%s after %s", from, action)
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("figure.review.notSubmitted"));
        }
    }
}
