package vn.pcmt.people.internal;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;

/**
 * Ending a running episode: the date, why, and for a determination its result and the substances it found;
 * {@code version} as read.
 */
public record EpisodeEnd(
        @NotNull(message = "{episode.endDate.required}") LocalDate endDate,
        EndReason reason,
        DeterminationResult result,
        Long version,
        Set<AddictionSubstance> substances) {

    public EpisodeEnd(LocalDate endDate, EndReason reason, DeterminationResult result, Long version) {
        this(endDate, reason, result, version, null);
    }
}
