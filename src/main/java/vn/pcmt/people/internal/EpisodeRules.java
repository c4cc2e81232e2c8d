package vn.pcmt.people.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.pcmt.legal.LegalRule;
import vn.pcmt.legal.LegalRuleCode;
import vn.pcmt.legal.LegalRules;
import vn.pcmt.platform.RuleViolationException;

/**
 * The legal workflow of episodes: what may be recorded, given the person and the rest of the record, and the
 * planned end the law gives. Durations and bounds come from {@link LegalRules} as in force on the date that
 * matters (the decision, the start). Where no rule was in force on that date (records from before the earliest
 * rule) the officer enters the end by hand and the episode says so; without it the record is refused asking for it.
 * Every refusal is a {@link RuleViolationException} with a message key.
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

    /** Rehab forms under which electronic monitoring may be ordered (besides substitution and post-rehab). */
    private static final Set<RehabForm> MONITORED_REHAB =
            EnumSet.of(RehabForm.VOLUNTARY_HOME, RehabForm.VOLUNTARY_COMMUNITY);

    /** How a compulsory rehab ends when it was served: post-rehab management may follow. */
    private static final Set<EndReason> SERVED = EnumSet.of(EndReason.COMPLETED, EndReason.RELEASED);

    /** The planned end of a new episode, and whether the officer entered it because no rule was in force. */
    public record Planned(LocalDate end, boolean byHand) {}

    /**
     * The legal rules the workflow reads: the version of a rule in force on a date, and the first day a rule was in
     * force. {@link LegalRules} in the application; a list of rules in plain unit tests ({@code EpisodeRuleTests}).
     */
    interface Law {
        Optional<LegalRule> find(LegalRuleCode code, LocalDate on);

        Optional<LocalDate> firstInForce(LegalRuleCode code);
    }

    private final Law law;

    @Autowired
    EpisodeRules(LegalRules rules) {
        this(new Law() {
            @Override
            public Optional<LegalRule> find(LegalRuleCode code, LocalDate on) {
                return rules.find(code, on);
            }

            @Override
            public Optional<LocalDate> firstInForce(LegalRuleCode code) {
                return rules.firstInForce(code);
            }
        });
    }

    EpisodeRules(Law law) {
        this.law = law;
    }

    /** Checks a new episode and returns its planned end (null when the law gives none). */
    public Planned checkNew(Person person, List<Episode> record, EpisodeForm form, LocalDate today) {
        requireForm(form);
        if (form.startDate().isAfter(today)) {
            throw new RuleViolationException("episode.start.future");
        }
        if (person.getBirthDate() != null && form.startDate().isBefore(person.getBirthDate())) {
            throw new RuleViolationException("episode.start.beforeBirth");
        }
        Planned planned = plannedEnd(person, record, form);
        LocalDate last = form.endDate() != null ? form.endDate() : planned.end();
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
        return planned;
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

    private Planned plannedEnd(Person person, List<Episode> record, EpisodeForm form) {
        LocalDate start = form.startDate();
        return switch (form.kind()) {
            case DRUG_USE_MANAGEMENT -> {
                if (isBlank(form.decisionNumber()) || form.decisionDate() == null) {
                    throw new RuleViolationException("episode.management.decisionRequired");
                }
                yield lastDayOf(LegalRuleCode.DRUG_USE_MANAGEMENT_DURATION, form.decisionDate(), form);
            }
            case ADDICTION_DETERMINATION -> {
                if (isBlank(form.facility())) {
                    throw new RuleViolationException("episode.determination.facilityRequired");
                }
                yield law.find(LegalRuleCode.ADDICTION_DETERMINATION_DEADLINE, start)
                        .map(rule -> new Planned(rule.addTo(start), false))
                        .orElseGet(() -> byHand(form, start));
            }
            case REHAB -> rehabPlannedEnd(person, record, form);
            case POST_REHAB_MANAGEMENT -> {
                requireServedCompulsoryRehab(record, start);
                yield lastDayOf(LegalRuleCode.POST_REHAB_MANAGEMENT_DURATION, start, form);
            }
            case SUBSTITUTION_TREATMENT -> {
                if (isBlank(form.facility())) {
                    throw new RuleViolationException("episode.substitution.clinicRequired");
                }
                yield new Planned(null, false);
            }
            case ELECTRONIC_MONITORING -> monitoringPlannedEnd(record, form);
            case PRISON, FLAG -> new Planned(null, false);
        };
    }

    /**
     * Post-rehab management follows a compulsory rehab served before it starts (Law 73/2021 art. 40); a completed
     * voluntary rehab does not lead to it.
     */
    private static void requireServedCompulsoryRehab(List<Episode> record, LocalDate start) {
        List<Episode> rehabsEnded = record.stream()
                .filter(e -> !e.isDeleted()
                        && e.getKind() == EpisodeKind.REHAB
                        && e.getEndDate() != null
                        && !e.getEndDate().isAfter(start))
                .toList();
        boolean served = rehabsEnded.stream()
                .anyMatch(e -> e.getForm() != null
                        && RehabForm.valueOf(e.getForm()).compulsory()
                        && SERVED.contains(e.getEndReason()));
        if (served) {
            return;
        }
        boolean voluntary = rehabsEnded.stream()
                .anyMatch(e ->
                        e.getForm() != null && RehabForm.valueOf(e.getForm()).voluntary());
        throw new RuleViolationException(
                voluntary ? "episode.postRehab.afterVoluntary" : "episode.postRehab.needsCompulsoryRehab");
    }

    /**
     * Electronic monitoring (Law 120/2025): only from the day its rule is in force, on the decision of the head of
     * commune police, for a person then in voluntary home or community rehab, substitution treatment or post-rehab
     * management; it ends at the latest the rule's amount after that measure ends.
     */
    private Planned monitoringPlannedEnd(List<Episode> record, EpisodeForm form) {
        LocalDate start = form.startDate();
        LegalRule rule = law.find(LegalRuleCode.ELECTRONIC_MONITORING, start)
                .orElseThrow(() -> new RuleViolationException(
                        "episode.monitoring.notInForce",
                        law.firstInForce(LegalRuleCode.ELECTRONIC_MONITORING)
                                .map(Object.class::cast)
                                .orElse("—")));
        if (isBlank(form.decisionNumber())) {
            throw new RuleViolationException("episode.monitoring.decisionRequired");
        }
        Episode basis = record.stream()
                .filter(e -> !e.isDeleted() && monitorable(e) && e.activeOn(start))
                .max(java.util.Comparator.comparing(
                        Episode::lastDay, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .orElseThrow(() -> new RuleViolationException("episode.monitoring.notEligible"));
        LocalDate limit = basis.lastDay() == null ? null : rule.addTo(basis.lastDay());
        LocalDate asked = form.plannedEndDate() != null ? form.plannedEndDate() : form.endDate();
        if (asked != null && asked.isBefore(start)) {
            throw new RuleViolationException("episode.end.beforeStart");
        }
        if (asked != null && limit != null && asked.isAfter(limit)) {
            throw new RuleViolationException("episode.monitoring.beyondMeasure", limit);
        }
        return new Planned(form.plannedEndDate() != null ? form.plannedEndDate() : limit, false);
    }

    private static boolean monitorable(Episode e) {
        return switch (e.getKind()) {
            case SUBSTITUTION_TREATMENT, POST_REHAB_MANAGEMENT -> true;
            case REHAB -> e.getForm() != null && MONITORED_REHAB.contains(RehabForm.valueOf(e.getForm()));
            default -> false;
        };
    }

    /** No rule in force on {@code on}: the end the officer entered (planned, or the actual end), else refused. */
    private static Planned byHand(EpisodeForm form, LocalDate on) {
        LocalDate entered = form.plannedEndDate() != null ? form.plannedEndDate() : form.endDate();
        if (entered == null) {
            throw new RuleViolationException("episode.noRule.endRequired", on);
        }
        if (entered.isBefore(form.startDate())) {
            throw new RuleViolationException("episode.end.beforeStart");
        }
        return new Planned(form.plannedEndDate(), true);
    }

    private Planned rehabPlannedEnd(Person person, List<Episode> record, EpisodeForm form) {
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
        if (boundCodes(rehab).isEmpty()) {
            return new Planned(form.plannedEndDate(), false); // education at the commune: no bounds in law
        }
        var bounds = bounds(person, rehab, start);
        if (bounds.isEmpty()) {
            return byHand(form, start);
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
        return new Planned(form.plannedEndDate(), false);
    }

    private void checkAge(Person person, RehabForm rehab, LocalDate on) {
        int age = age(person, on);
        Optional<LegalRule> adultRule = law.find(LegalRuleCode.ADULT_AGE, on);
        Optional<LegalRule> minorRule = law.find(LegalRuleCode.COMPULSORY_REHAB_MINOR_MIN_AGE, on);
        if (adultRule.isEmpty() || minorRule.isEmpty()) {
            return; // no rule in force then: the officer answers for the record entered by hand
        }
        int adult = adultRule.get().getAmount();
        int minorMin = minorRule.get().getAmount();
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

    /** The earliest and latest legal end, when the rules of that form were in force on {@code start}. */
    Optional<Bounds> bounds(Person person, RehabForm rehab, LocalDate start) {
        Optional<LegalRuleCode[]> codes = boundCodes(rehab);
        if (codes.isEmpty()) {
            return Optional.empty();
        }
        Optional<LegalRule> min = law.find(codes.get()[0], start);
        Optional<LegalRule> max = law.find(codes.get()[1], start);
        if (min.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Bounds(
                min.get().addTo(start).minusDays(1), max.get().addTo(start).minusDays(1)));
    }

    /** The rules of the minimum and maximum duration of a rehab form; none for education at the commune. */
    private static Optional<LegalRuleCode[]> boundCodes(RehabForm rehab) {
        if (rehab.voluntary()) {
            return Optional.of(
                    new LegalRuleCode[] {LegalRuleCode.VOLUNTARY_REHAB_MIN, LegalRuleCode.VOLUNTARY_REHAB_MAX});
        }
        if (rehab == RehabForm.COMPULSORY_ADULT) {
            return Optional.of(new LegalRuleCode[] {
                LegalRuleCode.COMPULSORY_REHAB_ADULT_MIN, LegalRuleCode.COMPULSORY_REHAB_ADULT_MAX
            });
        }
        if (rehab == RehabForm.COMPULSORY_MINOR) {
            return Optional.of(new LegalRuleCode[] {
                LegalRuleCode.COMPULSORY_REHAB_MINOR_MIN, LegalRuleCode.COMPULSORY_REHAB_MINOR_MAX
            });
        }
        return Optional.empty();
    }

    /** The last day of a duration from {@code from}, by the rule then in force, else as entered by hand. */
    private Planned lastDayOf(LegalRuleCode code, LocalDate from, EpisodeForm form) {
        return law.find(code, from)
                .map(rule -> new Planned(rule.addTo(from).minusDays(1), false))
                .orElseGet(() -> byHand(form, from));
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
