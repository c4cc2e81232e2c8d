package vn.pcmt.people.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A transfer of a placed person to another rehab facility, or a discharge, on a day (ADR 043). A transfer names
 * {@code toFacilityId}; a discharge its {@code reason}. {@code version} is the episode's as read.
 */
public record PlacementMove(
        @NotNull(message = "{placement.date.required}") @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate date,
        Long toFacilityId,
        EndReason reason,
        @Size(max = 60) String decisionNumber,
        Long version) {}
