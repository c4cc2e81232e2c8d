package vn.pcmt.people.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import vn.pcmt.legal.LegalRule;
import vn.pcmt.legal.LegalRuleCode;

/**
 * The four windows of Penal Code art. 256a (from 1/7/2025), in the order of its clauses. Each is a dated legal rule
 * whose amount is how long the window lasts after the episode that opens it ends (0 for "within the term", 2 years
 * after post-rehab management or after quitting substitution treatment). Drug-use management alone and a completed
 * voluntary rehab open none.
 */
public enum Penal256aWindow {
    /** (a) Within the term of rehab (voluntary or compulsory) or of opioid substitution treatment. */
    IN_REHAB_OR_SUBSTITUTION(LegalRuleCode.PENAL_256A_IN_REHAB_OR_SUBSTITUTION, 'a'),
    /** (b) Within the term of post-rehab management. */
    IN_POST_REHAB(LegalRuleCode.PENAL_256A_IN_POST_REHAB, 'b'),
    /** (c) Within 2 years from the end of post-rehab management. */
    AFTER_POST_REHAB(LegalRuleCode.PENAL_256A_AFTER_POST_REHAB, 'c'),
    /** (d) Within 2 years from quitting substitution treatment on one's own. */
    AFTER_QUITTING_SUBSTITUTION(LegalRuleCode.PENAL_256A_AFTER_QUITTING_SUBSTITUTION, 'd');

    /** How a substitution treatment ends when the person quits it on their own. */
    static final Set<EndReason> QUITTING = EnumSet.of(EndReason.QUIT_ON_OWN, EndReason.ABSCONDED);

    private final LegalRuleCode rule;
    private final char clause;

    Penal256aWindow(LegalRuleCode rule, char clause) {
        this.rule = rule;
        this.clause = clause;
    }

    public LegalRuleCode rule() {
        return rule;
    }

    /** The clause of art. 256a: a, b, c or d. */
    public String clause() {
        return String.valueOf(clause);
    }

    /** Whether the episode opens this window for a test on {@code date}, under the version of the rule in force. */
    boolean openedBy(Episode e, LocalDate date, LegalRule version) {
        LocalDate last = e.lastDay();
        return switch (this) {
            case IN_REHAB_OR_SUBSTITUTION -> (isRehab(e) || e.getKind() == EpisodeKind.SUBSTITUTION_TREATMENT)
                    && within(e.getStartDate(), last == null ? null : version.addTo(last), date);
            case IN_POST_REHAB -> e.getKind() == EpisodeKind.POST_REHAB_MANAGEMENT
                    && within(e.getStartDate(), last == null ? null : version.addTo(last), date);
            case AFTER_POST_REHAB -> e.getKind() == EpisodeKind.POST_REHAB_MANAGEMENT
                    && last != null
                    && within(last.plusDays(1), version.addTo(last), date);
            case AFTER_QUITTING_SUBSTITUTION -> e.getKind() == EpisodeKind.SUBSTITUTION_TREATMENT
                    && e.getEndDate() != null
                    && QUITTING.contains(e.getEndReason())
                    && within(e.getEndDate().plusDays(1), version.addTo(e.getEndDate()), date);
        };
    }

    /** Rehab proper: voluntary or compulsory (education at the commune is not rehab). */
    private static boolean isRehab(Episode e) {
        if (e.getKind() != EpisodeKind.REHAB || e.getForm() == null) {
            return false;
        }
        RehabForm form = RehabForm.valueOf(e.getForm());
        return form.voluntary() || form.compulsory();
    }

    private static boolean within(LocalDate from, LocalDate to, LocalDate date) {
        return !from.isAfter(date) && (to == null || !to.isBefore(date));
    }
}
