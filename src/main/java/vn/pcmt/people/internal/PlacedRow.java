package vn.pcmt.people.internal;

import java.time.LocalDate;

/** A person placed at a facility on a day: the rehab episode, who, in which form, since when (ADR 043). */
public record PlacedRow(
        long episodeId,
        long personId,
        String fullName,
        int birthYear,
        RehabForm form,
        LocalDate startDate,
        LocalDate plannedEndDate,
        String decisionNumber,
        long version) {}
