package vn.pcmt.plans.internal;

import java.time.Instant;

/**
 * One version of a record from its history (Envers): the revision, when and by whom it was written, and what the
 * record held then ({@code value}, as its form). The first is the creation; the last is what the record holds now.
 */
public record Revision<T>(long revision, Instant at, String by, boolean deleted, T value) {}
