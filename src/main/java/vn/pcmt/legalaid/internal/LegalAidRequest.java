package vn.pcmt.legalaid.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import vn.pcmt.platform.Recorded;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/** A request for legal aid made in a commune, its eligibility and the service given. */
@Entity
@Audited
@SQLRestriction(SoftDeleted.LIVE)
public class LegalAidRequest extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long communeId;

    private Long personId;

    private LocalDate requestedOn;

    private String subject;

    private Boolean eligible;

    private String eligibilityReason;

    private LocalDate servedOn;

    private Long providerAgencyId;

    private String providerName;

    private String note;

    @Version
    private long version;

    protected LegalAidRequest() {}

    public LegalAidRequest(long communeId, LegalAidForm form) {
        apply(communeId, form);
    }

    public void apply(long communeId, LegalAidForm form) {
        this.communeId = communeId;
        this.personId = form.personId();
        this.requestedOn = form.requestedOn();
        this.subject = VietnameseText.normalize(form.subject());
        this.note = VietnameseText.clean(form.note());
        answer(new AnswerForm(
                form.eligible(),
                form.eligibilityReason(),
                form.servedOn(),
                form.providerAgencyId(),
                form.providerName(),
                form.version()));
    }

    /** The answer, checked by the service. */
    public void answer(AnswerForm form) {
        this.eligible = form.eligible();
        this.eligibilityReason = VietnameseText.clean(form.eligibilityReason());
        this.servedOn = form.servedOn();
        this.providerAgencyId = form.servedOn() == null ? null : form.providerAgencyId();
        this.providerName = form.servedOn() == null ? null : VietnameseText.clean(form.providerName());
    }

    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public LegalAidForm toForm(String communeCode) {
        return new LegalAidForm(
                communeCode,
                personId,
                requestedOn,
                subject,
                eligible,
                eligibilityReason,
                servedOn,
                providerAgencyId,
                providerName,
                note,
                version);
    }

    public boolean isServed() {
        return servedOn != null;
    }

    public Long getId() {
        return id;
    }

    public long getCommuneId() {
        return communeId;
    }

    public Long getPersonId() {
        return personId;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public String getSubject() {
        return subject;
    }

    public Boolean getEligible() {
        return eligible;
    }

    public String getEligibilityReason() {
        return eligibilityReason;
    }

    public LocalDate getServedOn() {
        return servedOn;
    }

    public Long getProviderAgencyId() {
        return providerAgencyId;
    }

    public String getProviderName() {
        return providerName;
    }

    public String getNote() {
        return note;
    }

    public long getVersion() {
        return version;
    }
}
