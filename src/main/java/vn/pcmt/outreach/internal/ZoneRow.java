package vn.pcmt.outreach.internal;

import java.time.LocalDate;

/** An industrial zone in a list, with the names of its communes. */
public record ZoneRow(long id, String name, String communes, int workers, LocalDate workersCountedOn) {}
