package vn.pcmt.people.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * An episode as entered: kind and, where the kind has one, its form (rehab form, substitution drug, flag kind),
 * start, planned end (for rehab: checked against the legal bounds), decision, facility, and, when it is over,
 * end date, reason and (for a determination) the result and the substances found.
 */
public record EpisodeForm(
        @NotNull(message = "{episode.kind.required}") EpisodeKind kind,
        @Size(max = 40) String form,
        @NotNull(message = "{episode.startDate.required}") LocalDate startDate,
        LocalDate plannedEndDate,
        LocalDate endDate,
        EndReason endReason,
        DeterminationResult result,
        @Size(max = 60) String decisionNumber,
        LocalDate decisionDate,
        @Size(max = 150) String signer,
        @Size(max = 200) String facility,
        @Size(max = 150) String physician,
        @Size(max = 1000) String note,
        Set<AddictionSubstance> substances) {

    public EpisodeForm(
            EpisodeKind kind,
            String form,
            LocalDate startDate,
            LocalDate plannedEndDate,
            LocalDate endDate,
            EndReason endReason,
            DeterminationResult result,
            String decisionNumber,
            LocalDate decisionDate,
            String signer,
            String facility,
            String physician,
            String note) {
        this(
                kind,
                form,
                startDate,
                plannedEndDate,
                endDate,
                endReason,
                result,
                decisionNumber,
                decisionDate,
                signer,
                facility,
                physician,
                note,
                null);
    }

    /** The same form without a sub-kind where the kind has none. */
    public EpisodeForm normalized() {
        boolean hasForm =
                kind == EpisodeKind.REHAB || kind == EpisodeKind.SUBSTITUTION_TREATMENT || kind == EpisodeKind.FLAG;
        String cleaned = hasForm && form != null && !form.isBlank() ? form.strip() : null;
        return new EpisodeForm(
                kind,
                cleaned,
                startDate,
                plannedEndDate,
                endDate,
                endReason,
                result,
                decisionNumber,
                decisionDate,
                signer,
                facility,
                physician,
                note,
                kind == EpisodeKind.ADDICTION_DETERMINATION ? substances : null);
    }

    public static EpisodeForm of(EpisodeKind kind) {
        return new EpisodeForm(kind, null, null, null, null, null, null, "", null, "", "", "", "");
    }
}
