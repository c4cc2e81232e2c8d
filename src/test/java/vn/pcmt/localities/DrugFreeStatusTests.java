package vn.pcmt.localities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pcmt.localities.internal.DrugFreeAction.APPRAISE;
import static vn.pcmt.localities.internal.DrugFreeAction.ATTACH;
import static vn.pcmt.localities.internal.DrugFreeAction.RECOGNISE;
import static vn.pcmt.localities.internal.DrugFreeAction.REGISTER;
import static vn.pcmt.localities.internal.DrugFreeAction.REVIEW;
import static vn.pcmt.localities.internal.DrugFreeAction.REVOKE;
import static vn.pcmt.localities.internal.DrugFreeAction.SELF_ASSESS;
import static vn.pcmt.localities.internal.DrugFreeAction.SUBMIT;
import static vn.pcmt.localities.internal.DrugFreeStatus.APPRAISED;
import static vn.pcmt.localities.internal.DrugFreeStatus.RECOGNISED;
import static vn.pcmt.localities.internal.DrugFreeStatus.REGISTERED;
import static vn.pcmt.localities.internal.DrugFreeStatus.RETURNED;
import static vn.pcmt.localities.internal.DrugFreeStatus.REVOKED;
import static vn.pcmt.localities.internal.DrugFreeStatus.SELF_ASSESSED;
import static vn.pcmt.localities.internal.DrugFreeStatus.SUBMITTED;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.pcmt.localities.internal.DrugFreeAction;
import vn.pcmt.localities.internal.DrugFreeStatus;
import vn.pcmt.platform.RuleViolationException;

/** A commune's drug-free dossier, without Spring: every action from every status, allowed or refused. */
class DrugFreeStatusTests {

    /** Where each allowed single-outcome action leads, by status; the appraisal is tested on its own. */
    static final Map<DrugFreeStatus, Map<DrugFreeAction, DrugFreeStatus>> ALLOWED = new EnumMap<>(Map.of(
            REGISTERED, Map.of(SELF_ASSESS, SELF_ASSESSED, ATTACH, REGISTERED),
            SELF_ASSESSED, Map.of(SELF_ASSESS, SELF_ASSESSED, ATTACH, SELF_ASSESSED, SUBMIT, SUBMITTED),
            RETURNED, Map.of(SELF_ASSESS, SELF_ASSESSED, ATTACH, RETURNED),
            SUBMITTED, Map.of(),
            APPRAISED, Map.of(RECOGNISE, RECOGNISED),
            RECOGNISED, Map.of(REVIEW, RECOGNISED, REVOKE, REVOKED),
            REVOKED, Map.of()));

    @Test
    void a_commune_registers_and_prepares_its_dossier_until_it_submits() {
        assertThat(DrugFreeStatus.initial()).isEqualTo(REGISTERED);
        assertThat(DrugFreeStatus.values())
                .filteredOn(DrugFreeStatus::isPreparing)
                .containsExactly(REGISTERED, SELF_ASSESSED, RETURNED);
    }

    @ParameterizedTest
    @EnumSource(DrugFreeStatus.class)
    void each_allowed_action_leads_where_the_programme_says(DrugFreeStatus from) {
        ALLOWED.get(from).forEach((action, to) -> {
            assertThat(from.allows(action)).as("%s allows %s", from, action).isTrue();
            assertThat(from.next(action)).as("%s after %s", from, action).isEqualTo(to);
        });
    }

    @Test
    void a_submitted_dossier_is_appraised_when_every_criterion_is_met_and_returned_otherwise() {
        assertThat(SUBMITTED.allows(APPRAISE)).isTrue();
        assertThat(SUBMITTED.appraised(true)).isEqualTo(APPRAISED);
        assertThat(SUBMITTED.appraised(false)).isEqualTo(RETURNED);
        assertThatThrownBy(() -> SUBMITTED.next(APPRAISE)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(DrugFreeStatus.class)
    void every_other_action_is_refused_naming_the_status(DrugFreeStatus from) {
        for (DrugFreeAction action : DrugFreeAction.values()) {
            boolean allowed = ALLOWED.get(from).containsKey(action) || (from == SUBMITTED && action == APPRAISE);
            if (action == REGISTER || allowed) {
                continue;
            }
            assertThat(from.allows(action)).as("%s allows %s", from, action).isFalse();
            assertThatThrownBy(() -> from.check(action))
                    .as("%s then %s", from, action)
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("drugfree.step.notAllowed");
                        assertThat(e.arguments()).containsExactly(from.name());
                    });
            if (action == APPRAISE) {
                assertThatThrownBy(() -> from.appraised(true)).isInstanceOf(RuleViolationException.class);
            } else {
                assertThatThrownBy(() -> from.next(action)).isInstanceOf(RuleViolationException.class);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DrugFreeStatus.class)
    void a_commune_registers_once_and_never_again(DrugFreeStatus from) {
        assertThat(from.allows(REGISTER)).isFalse();
        assertThatThrownBy(() -> from.next(REGISTER)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(value = DrugFreeAction.class, names = "ATTACH", mode = EnumSource.Mode.EXCLUDE)
    void every_recorded_step_has_a_label_in_both_languages(DrugFreeAction step) throws IOException {
        for (String file : new String[] {"/messages.properties", "/messages_en.properties"}) {
            Properties messages = new Properties();
            try (InputStream in = getClass().getResourceAsStream(file)) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(messages.getProperty("drugfree.step." + step.name()))
                    .as("%s in %s", step, file)
                    .isNotBlank();
        }
    }
}
