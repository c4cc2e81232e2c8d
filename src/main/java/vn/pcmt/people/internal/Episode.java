package vn.pcmt.people.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/**
 * A legal episode of a person over a period: {@code startDate} to {@code endDate} (null while it runs), with
 * the planned end the law gives, the decision, and why it ended. {@code form} holds the rehab form, the
 * substitution drug or the flag kind.
 */
@Entity
@Audited
@SQLRestriction(SoftDeleted.LIVE)
public class Episode extends SoftDeleted implements PersonPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long personId;

    @Enumerated(EnumType.STRING)
    private EpisodeKind kind;

    private String form;

    private long unitId;

    private LocalDate startDate;

    private LocalDate plannedEndDate;

    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    private EndReason endReason;

    private String decisionNumber;

    private LocalDate decisionDate;

    private String signer;

    private String facility;

    /** The facility it is placed at (a rehab episode) or that made it (a determination), ADR 043. */
    private Long facilityId;

    private String physician;

    @Enumerated(EnumType.STRING)
    private DeterminationResult result;

    private String note;

    /** For a determination: the substances found (codes of {@link AddictionSubstance}, comma-separated). */
    private String substances;

    private String officer;

    /** No legal rule was in force on the date that matters: the officer entered the end by hand. */
    private boolean plannedEndByHand;

    @Version
    private long version;

    protected Episode() {}

    Episode(long personId, long unitId, EpisodeForm form, LocalDate plannedEnd, boolean byHand, String officer) {
        this.personId = personId;
        this.unitId = unitId;
        this.kind = form.kind();
        this.form = form.form();
        this.startDate = form.startDate();
        this.plannedEndDate = plannedEnd;
        this.decisionNumber = VietnameseText.clean(form.decisionNumber());
        this.decisionDate = form.decisionDate();
        this.signer = VietnameseText.clean(form.signer());
        this.facility = VietnameseText.clean(form.facility());
        this.physician = VietnameseText.clean(form.physician());
        this.note = VietnameseText.clean(form.note());
        this.officer = officer;
        this.plannedEndByHand = byHand;
        if (form.endDate() != null) {
            end(form.endDate(), form.endReason(), form.result(), form.substances());
        }
    }

    void end(LocalDate date, EndReason reason, DeterminationResult result) {
        this.endDate = date;
        this.endReason = reason;
        this.result = result;
    }

    void end(
            LocalDate date,
            EndReason reason,
            DeterminationResult result,
            java.util.Collection<AddictionSubstance> found) {
        end(date, reason, result);
        if (kind == EpisodeKind.ADDICTION_DETERMINATION) {
            this.substances = AddictionSubstance.encode(found);
        }
    }

    /** Runs again: its end taken back (a substitution treatment whose stop or transfer was undone). */
    void reopen() {
        end(null, null, null);
    }

    /** The facility named as text (a substitution course whose clinic was corrected, ADR 053). */
    void renameFacility(String name) {
        this.facility = VietnameseText.clean(name);
    }

    /** Places the episode at a facility (ADR 043): checked by the caller. */
    void placeAt(long facilityId) {
        this.facilityId = facilityId;
    }

    /** Moves the row to the record a duplicate was merged into; Envers keeps where it was. */
    void reassign(long survivorId) {
        this.personId = survivorId;
    }

    @Override
    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    /** In force on the date: started on or before it and not ended (or expired) before it. */
    public boolean activeOn(LocalDate date) {
        LocalDate last = kind == EpisodeKind.ADDICTION_DETERMINATION ? endDate : lastDay();
        return !startDate.isAfter(date) && (last == null || !last.isBefore(date));
    }

    /** The last day it runs or ran: its end, else its planned end, else open. */
    public LocalDate lastDay() {
        return endDate != null ? endDate : plannedEndDate;
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        LocalDate last = lastDay();
        return (to == null || !startDate.isAfter(to)) && (last == null || !last.isBefore(from));
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public EpisodeKind getKind() {
        return kind;
    }

    public String getForm() {
        return form;
    }

    public long getUnitId() {
        return unitId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getPlannedEndDate() {
        return plannedEndDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public EndReason getEndReason() {
        return endReason;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getSigner() {
        return signer;
    }

    public String getFacility() {
        return facility;
    }

    public Long getFacilityId() {
        return facilityId;
    }

    public String getPhysician() {
        return physician;
    }

    public DeterminationResult getResult() {
        return result;
    }

    public String getNote() {
        return note;
    }

    /** For a determination: the substances it found (empty when none recorded). */
    public java.util.Set<AddictionSubstance> getSubstances() {
        return AddictionSubstance.decode(substances);
    }

    public String getOfficer() {
        return officer;
    }

    public boolean isPlannedEndByHand() {
        return plannedEndByHand;
    }

    public long getVersion() {
        return version;
    }
}
