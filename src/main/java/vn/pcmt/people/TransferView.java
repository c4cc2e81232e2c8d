package vn.pcmt.people;

import java.time.LocalDate;

/** A transfer as the two communes see it: the receiving one sees name and birth year only until it accepts. */
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
        long version) {}
