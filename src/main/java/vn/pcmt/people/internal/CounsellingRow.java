package vn.pcmt.people.internal;

import java.time.LocalDate;

/** A counselling session in a list: who (name and year of birth only), when, where, how, about what. */
public record CounsellingRow(
        long id,
        long personId,
        String fullName,
        int birthYear,
        LocalDate date,
        long facilityId,
        String facilityName,
        CounsellingKind kind,
        CounsellingTopic topic,
        String counsellor) {}
