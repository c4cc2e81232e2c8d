package vn.pcmt.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.pcmt.legal.LegalRule;
import vn.pcmt.legal.LegalRuleCode;
import vn.pcmt.legal.LegalRules;
import vn.pcmt.platform.RuleViolationException;

/**
 * The legal workflow of episodes: what may be recorded, given the person and the rest of the record, and the
 * planned end the law gives. Durations and bounds come from {@link LegalRules} as in force on the date that
 * matters (the decision, the start). Every refusal is a {@link RuleViolationException} with a message key.
 */
@Component
public class EpisodeRules {

    private static final Set<EndReason> MANAGEMENT_ENDS = EnumSet.of(
            EndReason.COMPLETED,
            EndReason.ADDICTED,
            EndReason.IMPRISONED,
            EndReason.COMPULSORY_MEASURE,
            EndReason.MOVED,
            EndReason.DIED,
            EndReason.OTHER);

    private final LegalRules law;

    EpisodeRules(LegalRules law) {
        this.law = law;
    }

    /** Checks a new episode and returns its planned end (null when the law gives none). */
    public LocalDate checkNew(Person person, List<Episode> record, EpisodeForm form, LocalDate today) {
        requireForm(form);
        if (form.startDate().isAfter(today)) {
            throw new RuleViolationException("episode.start.future");
        }
        if (person.getBirthDate() != null && form.startDate().isBefore(person.getBirthDate())) {
            throw new RuleViolationException("episode.start.beforeBirth");
        }
        LocalDate plannedEnd = plannedEnd(person, record, form);
        LocalDate last = form.endDate() != null ? form.endDate() : plannedEnd;
        record.stream()
                .filter(e -> !e.isDeleted() && sameTrack(e, form))
                .filter(e -> e.overlaps(form.startDate(), last))
                .findAny()
                .ifPresent(e -> {
                    throw new RuleViolationException("episode.overlap", e.getStartDate());
                });
        if (form.endDate() == null && form.result() != null) {
            throw new RuleViolationException("episode.determination.resultDateRequired");
        }
        if (form.endDate() != null) {
            checkEnd(
                    person,
                    form.kind(),
                    form.form(),
                    form.startDate(),
                    form.endDate(),
                    form.endReason(),
                    form.result(),
                    today);
        }
        return plannedEnd;
    }

    /** Checks the end of a running episode. */
    public void checkEnd(Person person, Episode episode, EpisodeEnd end, LocalDate today) {
        if (episode.getEndDate() != null) {
            throw new RuleViolationException("episode.alreadyEnded");
        }
        checkEnd(
                person,
                episode.getKind(),
                episode.getForm(),
                episode.getStartDate(),
                end.endDate(),
                end.reason(),
                end.result(),
                today);
    }

    private void checkEnd(
            Person person,
            EpisodeKind kind,
            String form,
            LocalDate start,
            LocalDate end,
            EndReason reason,
            DeterminationResult result,
            LocalDate today) {
        if (end.isBefore(start)) {
            throw new RuleViolationException("episode.end.beforeStart");
        }
        if (end.isAfter(today)) {
            throw new RuleViolationException("episode.end.future");
        }
        if (kind == EpisodeKind.ADDICTION_DETERMINATION) {
            if (result == null) {
                throw new RuleViolationException("episode.determination.resultRequired");
            }
            return;
        }
        if (reason == null) {
            throw new RuleViolationException("episode.end.reasonRequired");
        }
        if (kind == EpisodeKind.DRUG_USE_MANAGEMENT && !MANAGEMENT_ENDS.contains(reason)) {
            throw new RuleViolationException("episode.end.reasonNotAllowed");
        }
        if (kind == EpisodeKind.REHAB) {
            RehabForm rehab = RehabForm.valueOf(form);
            bounds(person, rehab, start).ifPresent(b -> {
                if (end.isAfter(b.max())) {
                    throw new RuleViolationException("episode.rehab.endAfterMax", b.max());
                }
                if (reason == EndReason.COMPLETED && end.isBefore(b.min())) {
                    throw new RuleViolationException("episode.rehab.completedBeforeMin", b.min());
                }
            });
        }
    }

    private LocalDate plannedEnd(Person person, List<Episode> record, EpisodeForm form) {
        LocalDate start = form.startDate();
        return switch (form.kind()) {
            case DRUG_USE_MANAGEMENT -> {
                if (isBlank(form.decisionNumber()) || form.decisionDate() == null) {
                    throw new RuleViolationException("episode.management.decisionRequired");
                }
                yield lastDayOf(LegalRuleCode.DRUG_USE_MANAGEMENT_DURATION, form.decisionDate());
            }
            case ADDICTION_DETERMINATION -> {
                if (isBlank(form.facility())) {
                    throw new RuleViolationException("episode.determination.facilityRequired");
                }
                yield law.on(LegalRuleCode.ADDICTION_DETERMINATION_DEADLINE, start)
                        .addTo(start);
            }
            case REHAB -> rehabPlannedEnd(person, record, form);
            case POST_REHAB_MANAGEMENT -> {
                boolean afterRehab = record.stream()
                        .anyMatch(e -> !e.isDeleted()
                                && e.getKind() == EpisodeKind.REHAB
                                && e.getEndDate() != null
                                && !e.getEndDate().isAfter(start));
                if (!afterRehab) {
                    throw new RuleViolationException("episode.postRehab.needsRehab");
                }
                yield lastDayOf(LegalRuleCode.POST_REHAB_MANAGEMENT_DURATION, start);
            }
            case SUBSTITUTION_TREATMENT -> {
                if (isBlank(form.facility())) {
                    throw new RuleViolationException("episode.substitution.clinicRequired");
                }
                yield null;
            }
            case PRISON, FLAG -> null;
        };
    }

    private LocalDate rehabPlannedEnd(Person person, List<Episode> record, EpisodeForm form) {
        RehabForm rehab = RehabForm.valueOf(form.form());
        LocalDate start = form.startDate();
        if (rehab.compulsory()) {
            boolean addicted = record.stream()
                    .anyMatch(e -> !e.isDeleted()
                            && e.getKind() == EpisodeKind.ADDICTION_DETERMINATION
                            && e.getResult() == DeterminationResult.ADDICTED
                            && e.getEndDate() != null
                            && !e.getEndDate().isAfter(start));
            if (!addicted) {
                throw new RuleViolationException("episode.rehab.compulsoryNeedsAddicted");
            }
            if (isBlank(form.decisionNumber())) {
                throw new RuleViolationException("episode.rehab.courtDecisionRequired");
            }
            checkAge(person, rehab, start);
        }
        var bounds = bounds(person, rehab, start);
        if (bounds.isEmpty()) {
            return form.plannedEndDate();
        }
        if (form.plannedEndDate() == null) {
            throw new RuleViolationException("episode.rehab.plannedEndRequired");
        }
        if (form.plannedEndDate().isBefore(bounds.get().min())
                || form.plannedEndDate().isAfter(bounds.get().max())) {
            throw new RuleViolationException(
                    "episode.rehab.plannedOutOfBounds",
                    bounds.get().min(),
                    bounds.get().max());
        }
        return form.plannedEndDate();
    }

    private void checkAge(Person person, RehabForm rehab, LocalDate on) {
        int age = age(person, on);
        int adult = law.on(LegalRuleCode.ADULT_AGE, on).getAmount();
        int minorMin = law.on(LegalRuleCode.COMPULSORY_REHAB_MINOR_MIN_AGE, on).getAmount();
        if (rehab == RehabForm.COMPULSORY_ADULT && age < adult) {
            throw new RuleViolationException("episode.rehab.adultAge", adult);
        }
        if (rehab == RehabForm.COMPULSORY_MINOR && (age < minorMin || age >= adult)) {
            throw new RuleViolationException("episode.rehab.minorAge", minorMin, adult);
        }
    }

    /** Age in whole years on a date; with the year of birth only, the age the person reaches that year. */
    static int age(Person person, LocalDate on) {
        if (person.getBirthDate() != null) {
            return Period.between(person.getBirthDate(), on).getYears();
        }
        return on.getYear() - person.getBirthYear();
    }

    /** The earliest and latest legal end of a rehab of that form starting on {@code start}. */
    record Bounds(LocalDate min, LocalDate max) {}

    java.util.Optional<Bounds> bounds(Person person, RehabForm rehab, LocalDate start) {
        LegalRuleCode min;
        LegalRuleCode max;
        if (rehab.voluntary()) {
            min = LegalRuleCode.VOLUNTARY_REHAB_MIN;
            max = LegalRuleCode.VOLUNTARY_REHAB_MAX;
        } else if (rehab == RehabForm.COMPULSORY_ADULT) {
            min = LegalRuleCode.COMPULSORY_REHAB_ADULT_MIN;
            max = LegalRuleCode.COMPULSORY_REHAB_ADULT_MAX;
        } else if (rehab == RehabForm.COMPULSORY_MINOR) {
            min = LegalRuleCode.COMPULSORY_REHAB_MINOR_MIN;
            max = LegalRuleCode.COMPULSORY_REHAB_MINOR_MAX;
        } else {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Bounds(
                law.on(min, start).addTo(start).minusDays(1),
                law.on(max, start).addTo(start).minusDays(1)));
    }

    private LocalDate lastDayOf(LegalRuleCode code, LocalDate from) {
        LegalRule rule = law.on(code, from);
        return rule.addTo(from).minusDays(1);
    }

    private static boolean sameTrack(Episode existing, EpisodeForm form) {
        if (existing.getKind() != form.kind()) {
            return false;
        }
        return form.kind() != EpisodeKind.FLAG || existing.getForm().equals(form.form());
    }

    private static void requireForm(EpisodeForm form) {
        Class<? extends Enum<?>> type =
                switch (form.kind()) {
                    case REHAB -> RehabForm.class;
                    case SUBSTITUTION_TREATMENT -> SubstitutionDrug.class;
                    case FLAG -> FlagKind.class;
                    default -> null;
                };
        if (type == null) {
            return;
        }
        boolean known = form.form() != null
                && java.util.Arrays.stream(type.getEnumConstants())
                        .anyMatch(c -> c.name().equals(form.form()));
        if (!known) {
            throw new RuleViolationException("episode.form.required");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
