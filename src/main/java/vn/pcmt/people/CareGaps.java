package vn.pcmt.people;

/**
 * People of a unit on a date whom a measure should cover and does not: addicts under no measure; people whose
 * rehab was completed in the year before and who are not under post-rehab management; people with a positive test
 * in the year before under no measure. Counts only.
 */
public record CareGaps(
        long addicts,
        long addictsWithoutMeasure,
        long rehabCompleted,
        long rehabCompletedUnmanaged,
        long positiveUsers,
        long positiveUsersUnmanaged) {}
