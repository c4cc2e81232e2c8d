package vn.pcmt.audit.internal;

import java.time.Instant;
import java.util.List;

/** One change set: who, when, which kinds of records. */
public record RevisionSummary(long rev, Instant at, String username, List<String> entities) {}
