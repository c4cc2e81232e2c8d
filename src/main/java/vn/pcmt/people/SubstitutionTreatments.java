package vn.pcmt.people;

import java.time.LocalDate;

/**
 * The substitution register's hold on a person's record (ADR 044): each course of treatment it records is one legal
 * episode of kind "substitution treatment" in the person's record, opened, ended, taken back or deleted from there, so
 * that the person's status, the windows of Penal Code art. 256a and their flags follow the register. Every call checks
 * the caller's right to change the person's record ({@code PERSON_EDIT}, or {@code SUBSTITUTION_EDIT}: a clinic's
 * staff, ADR 053) and jurisdiction, and refuses what the
 * legal workflow refuses ({@link vn.pcmt.platform.RuleViolationException}).
 */
public interface SubstitutionTreatments {

    /** How a course of treatment ended, as the person's record keeps it. */
    enum Ending {
        COMPLETED,
        /** Quit on their own: opens art. 256a (d). */
        QUIT_ON_OWN,
        /** Expelled by the clinic. */
        STOPPED,
        DIED,
        /** Imprisoned or sent to compulsory rehab. */
        DETAINED
    }

    /**
     * Opens the legal episode; {@code drug} is METHADONE, BUPRENORPHINE or null (another medicine).
     *
     * @return the legal episode's id
     */
    long open(long personId, LocalDate start, String drug, String clinicName);

    void end(long personId, long legalEpisodeId, LocalDate end, Ending ending);

    /** Takes the end back: the course runs again. */
    void reopen(long personId, long legalEpisodeId);

    void delete(long personId, long legalEpisodeId);

    /** The clinic the course is at, as the person's record names it (a corrected clinic, ADR 053). */
    void renameClinic(long personId, long legalEpisodeId, String clinicName);
}
