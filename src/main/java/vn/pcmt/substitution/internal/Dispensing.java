package vn.pcmt.substitution.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import vn.pcmt.platform.Recorded;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/**
 * A dose given to a patient on a day (ADR 053): of a treatment episode (its medicine), at the clinic or one of its
 * dispensing points; one per episode and day.
 */
@Entity
@Audited
@SQLRestriction(SoftDeleted.LIVE)
@Table(name = "substitution_dispensing")
public class Dispensing extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long episodeId;

    @Column(nullable = false)
    private long personId;

    private LocalDate dispensedOn;

    private BigDecimal doseMg;

    private Long dispensingPointId;

    private String note;

    @Version
    private long version;

    protected Dispensing() {}

    public Dispensing(TreatmentEpisode episode, DispensingForm form) {
        this.episodeId = episode.getId();
        this.personId = episode.getPersonId();
        this.dispensedOn = form.date();
        this.doseMg = form.doseMg();
        this.dispensingPointId = form.dispensingPointId();
        this.note = VietnameseText.clean(form.note());
    }

    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public Long getId() {
        return id;
    }

    public long getEpisodeId() {
        return episodeId;
    }

    public long getPersonId() {
        return personId;
    }

    public LocalDate getDispensedOn() {
        return dispensedOn;
    }

    public BigDecimal getDoseMg() {
        return doseMg;
    }

    public Long getDispensingPointId() {
        return dispensingPointId;
    }

    public String getNote() {
        return note;
    }

    public long getVersion() {
        return version;
    }
}
