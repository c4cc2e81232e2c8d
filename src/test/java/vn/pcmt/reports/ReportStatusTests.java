package vn.pcmt.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pcmt.reports.internal.ReportAction.ACCEPT;
import static vn.pcmt.reports.internal.ReportAction.GATHER;
import static vn.pcmt.reports.internal.ReportAction.OPEN;
import static vn.pcmt.reports.internal.ReportAction.RETURN;
import static vn.pcmt.reports.internal.ReportAction.SUBMIT;
import static vn.pcmt.reports.internal.ReportAction.WRITE;
import static vn.pcmt.reports.internal.ReportStatus.ACCEPTED;
import static vn.pcmt.reports.internal.ReportStatus.DRAFT;
import static vn.pcmt.reports.internal.ReportStatus.RETURNED;
import static vn.pcmt.reports.internal.ReportStatus.SUBMITTED;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.reports.internal.ReportAction;
import vn.pcmt.reports.internal.ReportStatus;

/** The life of a report, without Spring: every action from every status, allowed or refused. */
class ReportStatusTests {

    /** Where each allowed action takes a report, by status; anything missing is refused. */
    static final Map<ReportStatus, Map<ReportAction, ReportStatus>> ALLOWED = new EnumMap<>(Map.of(
            DRAFT, Map.of(WRITE, DRAFT, GATHER, DRAFT, SUBMIT, SUBMITTED),
            RETURNED, Map.of(WRITE, RETURNED, GATHER, RETURNED, SUBMIT, SUBMITTED),
            SUBMITTED, Map.of(RETURN, RETURNED, ACCEPT, ACCEPTED),
            ACCEPTED, Map.of()));

    @Test
    void a_report_opens_as_a_draft_the_reporter_may_change() {
        assertThat(ReportStatus.initial()).isEqualTo(DRAFT);
        assertThat(DRAFT.isEditable()).isTrue();
        assertThat(RETURNED.isEditable()).isTrue();
        assertThat(SUBMITTED.isEditable()).isFalse();
        assertThat(ACCEPTED.isEditable()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ReportStatus.class)
    void each_allowed_action_leads_where_the_workflow_says(ReportStatus from) {
        ALLOWED.get(from).forEach((action, to) -> {
            assertThat(from.allows(action)).as("%s allows %s", from, action).isTrue();
            assertThat(from.next(action)).as("%s after %s", from, action).isEqualTo(to);
        });
    }

    @ParameterizedTest
    @EnumSource(ReportStatus.class)
    void every_other_action_is_refused_with_the_reason_the_user_reads(ReportStatus from) {
        for (ReportAction action : ReportAction.values()) {
            if (action == OPEN || ALLOWED.get(from).containsKey(action)) {
                continue;
            }
            assertThat(from.allows(action)).as("%s allows %s", from, action).isFalse();
            String key = action == RETURN || action == ACCEPT ? "report.notSubmitted" : "report.notEditable";
            assertThatThrownBy(() -> from.next(action))
                    .as("%s after %s", from, action)
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey())
                            .isEqualTo(key));
        }
    }

    @ParameterizedTest
    @EnumSource(ReportStatus.class)
    void a_report_is_opened_once_and_never_reopened(ReportStatus from) {
        assertThat(from.allows(OPEN)).isFalse();
        assertThatThrownBy(() -> from.next(OPEN)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(
            value = ReportAction.class,
            names = {"WRITE"},
            mode = EnumSource.Mode.EXCLUDE)
    void every_recorded_step_has_a_label_in_both_languages(ReportAction step) throws IOException {
        for (String file : new String[] {"/messages.properties", "/messages_en.properties"}) {
            Properties messages = new Properties();
            try (InputStream in = getClass().getResourceAsStream(file)) {
                messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(messages.getProperty("report.step." + step.name()))
                    .as("%s in %s", step, file)
                    .isNotBlank();
        }
    }
}
