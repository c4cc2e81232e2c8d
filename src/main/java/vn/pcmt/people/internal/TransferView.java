package vn.pcmt.people.internal;

import java.time.LocalDate;

/**
 * A transfer as the two communes see it: the receiving one sees name and birth year only until it accepts. From the
 * date Law 120/2025 applies, {@code presentBy} is the last day to present at the new commune ({@code presentedOn}
 * once recorded); both are null for a move before it.
 */
public record TransferView(
        long id,
        long personId,
        String fullName,
        int birthYear,
        String fromCommune,
        String toCommune,
        LocalDate moveDate,
        TransferStatus status,
        boolean incoming,
        long version,
        LocalDate presentBy,
        LocalDate presentedOn) {

    /** The deadline to present at the new commune has passed with no presentation recorded. */
    public boolean presentationLate(LocalDate today) {
        return presentBy != null && presentedOn == null && presentBy.isBefore(today);
    }
}
