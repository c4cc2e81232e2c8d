package vn.pcmt.localities.internal;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a commune's drug-free workflow, as it happened. */
public record DrugFreeStep(
        String step, DrugFreeStatus status, LocalDate onDate, String note, String byUser, Instant at) {}
