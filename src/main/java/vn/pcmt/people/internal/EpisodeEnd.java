package vn.pcmt.people.internal;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Ending a running episode: the date, why, and for a determination its result; {@code version} as read. */
public record EpisodeEnd(
        @NotNull(message = "{episode.endDate.required}") LocalDate endDate,
        EndReason reason,
        DeterminationResult result,
        Long version) {}
