package vn.pcmt.people;

import java.time.LocalDate;

/** Something an officer must do about a person, and by (or since) when. */
public record WorkItem(WorkItemKind kind, long personId, String fullName, String communeName, LocalDate date) {}
