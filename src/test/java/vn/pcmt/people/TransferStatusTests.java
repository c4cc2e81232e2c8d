package vn.pcmt.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pcmt.people.internal.TransferAction.ACCEPT;
import static vn.pcmt.people.internal.TransferAction.CANCEL;
import static vn.pcmt.people.internal.TransferAction.PRESENT;
import static vn.pcmt.people.internal.TransferAction.REJECT;
import static vn.pcmt.people.internal.TransferStatus.ACCEPTED;
import static vn.pcmt.people.internal.TransferStatus.CANCELLED;
import static vn.pcmt.people.internal.TransferStatus.PENDING;
import static vn.pcmt.people.internal.TransferStatus.REJECTED;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.pcmt.people.internal.TransferAction;
import vn.pcmt.people.internal.TransferStatus;
import vn.pcmt.platform.RuleViolationException;

/** A move between communes, without Spring: every action from every status, allowed or refused. */
class TransferStatusTests {

    static final Map<TransferStatus, Map<TransferAction, TransferStatus>> ALLOWED = new EnumMap<>(Map.of(
            PENDING, Map.of(ACCEPT, ACCEPTED, REJECT, REJECTED, CANCEL, CANCELLED, PRESENT, PENDING),
            ACCEPTED, Map.of(PRESENT, ACCEPTED),
            REJECTED, Map.of(),
            CANCELLED, Map.of()));

    @Test
    void a_move_is_requested_pending_and_awaits_presentation_until_rejected_or_cancelled() {
        assertThat(TransferStatus.initial()).isEqualTo(PENDING);
        assertThat(TransferStatus.awaitingPresentation()).containsExactlyInAnyOrder(PENDING, ACCEPTED);
    }

    @ParameterizedTest
    @EnumSource(TransferStatus.class)
    void each_allowed_action_leads_where_the_move_says(TransferStatus from) {
        ALLOWED.get(from).forEach((action, to) -> {
            assertThat(from.allows(action)).as("%s allows %s", from, action).isTrue();
            assertThat(from.next(action)).as("%s after %s", from, action).isEqualTo(to);
        });
    }

    @ParameterizedTest
    @EnumSource(TransferStatus.class)
    void every_other_action_is_refused_as_already_dealt_with(TransferStatus from) {
        for (TransferAction action : TransferAction.values()) {
            if (ALLOWED.get(from).containsKey(action)) {
                continue;
            }
            assertThat(from.allows(action)).as("%s allows %s", from, action).isFalse();
            assertThatThrownBy(() -> from.next(action))
                    .as("%s after %s", from, action)
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("transfer.notPending"));
        }
    }
}
