package vn.pcmt.audit.internal;

import java.time.Instant;
import java.util.List;

/** One change set: who (username and full name, when the account exists), when, which kinds of records. */
public record RevisionSummary(long rev, Instant at, String username, String fullName, List<String> entities) {}
