package vn.pcmt.substitution.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import vn.pcmt.platform.Recorded;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/**
 * A person's treatment at a substitution clinic from a start to a stop (the last day in treatment; open while none),
 * and why it stopped. {@code previousId} is the episode a transfer closed to open this one; {@code legalEpisodeId} the
 * person's legal episode of the course (shared along transfers).
 */
@Entity
@Audited
@SQLRestriction(SoftDeleted.LIVE)
@Table(name = "substitution_episode")
public class TreatmentEpisode extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long personId;

    private long clinicId;

    private Long dispensingPointId;

    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    private Medicine medicine;

    private String doseRegime;

    private LocalDate stopDate;

    @Enumerated(EnumType.STRING)
    private StopReason stopReason;

    private Long previousId;

    private Long legalEpisodeId;

    private String note;

    @Version
    private long version;

    protected TreatmentEpisode() {}

    public TreatmentEpisode(TreatmentForm form, Long previousId, Long legalEpisodeId) {
        this.personId = form.personId();
        this.clinicId = form.clinicId();
        this.startDate = form.startDate();
        this.previousId = previousId;
        this.legalEpisodeId = legalEpisodeId;
        correct(form);
    }

    /** The medicine, the dose regime, the dispensing point and the note. */
    public void correct(TreatmentForm form) {
        this.medicine = form.medicine();
        this.doseRegime = VietnameseText.clean(form.doseRegime());
        this.dispensingPointId = form.dispensingPointId();
        this.note = VietnameseText.clean(form.note());
    }

    /** The person's legal episode of the course, opened once the row exists (ADR 053). */
    public void linkLegal(long legalEpisodeId) {
        this.legalEpisodeId = legalEpisodeId;
    }

    /** Recorded for the wrong person: moved to another, with the legal episode now in their record (ADR 053). */
    public void moveTo(long personId, long legalEpisodeId) {
        this.personId = personId;
        this.legalEpisodeId = legalEpisodeId;
    }

    /** Recorded at the wrong clinic: the clinic and its dispensing point corrected (ADR 053). */
    public void changeClinic(long clinicId) {
        this.clinicId = clinicId;
    }

    /** A transfer's day corrected: the next episode starts on the new day (ADR 053). */
    public void moveStart(LocalDate start) {
        this.startDate = start;
    }

    public void stop(LocalDate date, StopReason reason) {
        this.stopDate = date;
        this.stopReason = reason;
    }

    /** Open again: the stop (a transfer) taken back. */
    public void reopen() {
        this.stopDate = null;
        this.stopReason = null;
    }

    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public TreatmentRules.Span span() {
        return new TreatmentRules.Span(id, startDate, stopDate, stopReason, previousId);
    }

    public TreatmentForm toForm() {
        return new TreatmentForm(personId, clinicId, startDate, medicine, doseRegime, dispensingPointId, note, version);
    }

    public boolean isOpen() {
        return stopDate == null;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getClinicId() {
        return clinicId;
    }

    public Long getDispensingPointId() {
        return dispensingPointId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public Medicine getMedicine() {
        return medicine;
    }

    public String getDoseRegime() {
        return doseRegime;
    }

    public LocalDate getStopDate() {
        return stopDate;
    }

    public StopReason getStopReason() {
        return stopReason;
    }

    public Long getPreviousId() {
        return previousId;
    }

    public Long getLegalEpisodeId() {
        return legalEpisodeId;
    }

    public String getNote() {
        return note;
    }

    public long getVersion() {
        return version;
    }
}
