package vn.pcmt.localities.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An assessment of a commune against its criteria set: self-assessment, appraisal or yearly review. */
public record Assessment(
        long id,
        AssessmentKind kind,
        LocalDate assessedOn,
        boolean allMet,
        String comment,
        String byUser,
        Instant at,
        List<CriterionResult> items) {}
