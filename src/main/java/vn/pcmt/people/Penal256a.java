package vn.pcmt.people;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.pcmt.legal.LegalRule;
import vn.pcmt.legal.LegalRuleCode;
import vn.pcmt.legal.LegalRules;

/**
 * Penal Code art. 256a (from 1/7/2025): use again while under drug-use management, in rehab, in post-rehab
 * management, or within the window after their end, is an offence. The system flags such a positive test for the
 * investigator; it decides nothing. Before the rule is in force nothing is flagged.
 */
@Component
public class Penal256a {

    static final Set<EpisodeKind> WATCHED =
            EnumSet.of(EpisodeKind.DRUG_USE_MANAGEMENT, EpisodeKind.REHAB, EpisodeKind.POST_REHAB_MANAGEMENT);

    private final LegalRules law;

    Penal256a(LegalRules law) {
        this.law = law;
    }

    public boolean flags(List<Episode> record, LocalDate testDate) {
        Optional<LegalRule> window = law.find(LegalRuleCode.PENAL_256A_WINDOW, testDate);
        if (window.isEmpty()) {
            return false;
        }
        return record.stream()
                .filter(e -> !e.isDeleted() && WATCHED.contains(e.getKind()))
                .filter(e -> !e.getStartDate().isAfter(testDate))
                .anyMatch(e ->
                        e.lastDay() == null || !window.get().addTo(e.lastDay()).isBefore(testDate));
    }
}
