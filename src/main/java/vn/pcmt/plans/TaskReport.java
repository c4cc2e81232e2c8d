package vn.pcmt.plans;

import java.time.Instant;
import java.time.LocalDate;

/** A progress report on a task, as it was made. */
public record TaskReport(
        LocalDate onDate, TaskStatus status, int progressPercent, String note, String byUser, Instant at) {}
