package vn.pcmt.legal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.legal.internal.LegalRuleRepository;
import vn.pcmt.platform.RuleViolationException;

/** The rule of law in force on a date. A new version supersedes the old from its date; nothing is overwritten. */
@Service
@Transactional(readOnly = true)
public class LegalRules {

    private final LegalRuleRepository rules;
    private final ApplicationEventPublisher publisher;

    LegalRules(LegalRuleRepository rules, ApplicationEventPublisher publisher) {
        this.rules = rules;
        this.publisher = publisher;
    }

    /** The version of the rule in force on {@code date}; a missing rule is a configuration error. */
    public LegalRule on(LegalRuleCode code, LocalDate date) {
        return find(code, date)
                .orElseThrow(() -> new IllegalStateException("no legal rule " + code + " in force on " + date));
    }

    /** The version in force on {@code date}, if the rule was in force then at all. */
    public Optional<LegalRule> find(LegalRuleCode code, LocalDate date) {
        return rules.findByCodeOrderByEffectiveFromDesc(code).stream()
                .filter(r -> r.inForceOn(date))
                .findFirst();
    }

    /** Every version of the rule, newest first (to judge many records at once without asking again). */
    public List<LegalRule> versions(LegalRuleCode code) {
        return rules.findByCodeOrderByEffectiveFromDesc(code);
    }

    /** The first day any version of the rule was in force, if it has any version. */
    public Optional<LocalDate> firstInForce(LegalRuleCode code) {
        return rules.findByCodeOrderByEffectiveFromDesc(code).stream()
                .map(LegalRule::getEffectiveFrom)
                .min(LocalDate::compareTo);
    }

    public List<LegalRule> all() {
        return rules.findAllByOrderByCodeAscEffectiveFromDesc();
    }

    /** A new version of a rule from {@code from}; the version in force the day before ends then. */
    @Transactional
    @PreAuthorize("hasAuthority('LEGAL_RULE_EDIT')")
    public LegalRule supersede(
            LegalRuleCode code, int amount, DurationUnit unit, LocalDate from, String source, String note) {
        List<LegalRule> versions = rules.findByCodeOrderByEffectiveFromDesc(code);
        if (versions.stream().anyMatch(r -> !r.getEffectiveFrom().isBefore(from))) {
            throw new RuleViolationException("legalRule.from.notAfterLatest");
        }
        versions.stream().filter(r -> r.inForceOn(from)).forEach(r -> r.endOn(from.minusDays(1)));
        LegalRule saved = rules.save(new LegalRule(code, amount, unit, from, source, note));
        publisher.publishEvent(new LegalRuleSuperseded(code, from));
        return saved;
    }
}
