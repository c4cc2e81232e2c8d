package vn.pcmt.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import vn.pcmt.platform.Recorded;
import vn.pcmt.text.VietnameseText;

/** A province's plan (kế hoạch): entered as data, never coded. Deleted softly. */
@Entity
@Audited
public class Plan extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private String provinceCode;

    private String number;

    private String title;

    private String issuer;

    private LocalDate issuedOn;

    private LocalDate periodFrom;

    private LocalDate periodTo;

    private String legalBasis;

    private String objectives;

    private String templateCode;

    @Version
    private long version;

    protected Plan() {}

    Plan(PlanForm form, String templateCode) {
        this.provinceCode = form.provinceCode();
        this.templateCode = templateCode;
        apply(form);
    }

    void apply(PlanForm form) {
        this.number = VietnameseText.normalize(form.number());
        this.title = VietnameseText.normalize(form.title());
        this.issuer = VietnameseText.normalize(form.issuer());
        this.issuedOn = form.issuedOn();
        this.periodFrom = form.periodFrom();
        this.periodTo = form.periodTo();
        this.legalBasis = VietnameseText.clean(form.legalBasis());
        this.objectives = VietnameseText.clean(form.objectives());
    }

    void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public PlanForm toForm() {
        return new PlanForm(
                provinceCode, number, title, issuer, issuedOn, periodFrom, periodTo, legalBasis, objectives);
    }

    public Long getId() {
        return id;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getIssuer() {
        return issuer;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public long getVersion() {
        return version;
    }
}
