package vn.pcmt.people;

/**
 * Published inside the transaction that opens or ends an episode or records an event of a person, with the unit
 * the person lives in, for checks that depend on the register (e.g. a recognised drug-free commune).
 */
public record PersonRecordChanged(long personId, long unitId) {}
