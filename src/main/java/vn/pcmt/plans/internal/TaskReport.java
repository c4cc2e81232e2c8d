package vn.pcmt.plans.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A progress report on a task, as it was made, with the name of the file it carries (if any). */
public record TaskReport(
        long id,
        LocalDate onDate,
        TaskStatus status,
        int progressPercent,
        String note,
        String byUser,
        Instant at,
        String fileName) {}
