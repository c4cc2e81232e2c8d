package vn.pcmt.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import vn.pcmt.plans.internal.PlanAction;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanStatus;
import vn.pcmt.platform.Recorded;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.text.VietnameseText;

/**
 * A province's plan (kế hoạch): entered as data, never coded. It moves through {@link PlanStatus} (a draft, in
 * force, ended, superseded by another plan); its header is corrected in place with the history kept by Envers. A
 * draft copied from a template or another province has no number, issuer or date of issue until they are filled
 * in. Deleted softly, and only as a draft.
 */
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

    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    private Long supersededById;

    @Version
    private long version;

    protected Plan() {}

    public Plan(PlanForm form, String templateCode) {
        this.provinceCode = form.provinceCode();
        this.templateCode = templateCode;
        this.status = PlanStatus.initial();
        apply(form);
    }

    /** A draft whose number, issuer and date of issue are left to fill in (a copy of another plan). */
    public void clearIssue() {
        status.check(PlanAction.EDIT);
        this.number = null;
        this.issuer = null;
        this.issuedOn = null;
    }

    /** Moves the plan by an action of its workflow; {@link PlanAction#ADOPT} needs a complete header. */
    public void move(PlanAction action) {
        if (action == PlanAction.ADOPT && (number == null || issuer == null || issuedOn == null)) {
            status.check(action);
            throw new RuleViolationException("plan.adopt.incomplete");
        }
        this.status = status.next(action);
    }

    public void supersededBy(long otherId) {
        this.status = status.next(PlanAction.SUPERSEDE);
        this.supersededById = otherId;
    }

    public void apply(PlanForm form) {
        status.check(PlanAction.EDIT);
        this.number = VietnameseText.normalize(form.number());
        this.title = VietnameseText.normalize(form.title());
        this.issuer = VietnameseText.normalize(form.issuer());
        this.issuedOn = form.issuedOn();
        this.periodFrom = form.periodFrom();
        this.periodTo = form.periodTo();
        this.legalBasis = VietnameseText.clean(form.legalBasis());
        this.objectives = VietnameseText.clean(form.objectives());
    }

    public void delete(String by, Instant at) {
        status.check(PlanAction.DELETE);
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

    /** Whether the plan is the one in force (adopted, not ended nor superseded): the one reports are asked for. */
    public boolean isInForce() {
        return status == PlanStatus.IN_FORCE;
    }

    public PlanStatus getStatus() {
        return status;
    }

    /** The plan that replaced this one, when superseded. */
    public Long getSupersededById() {
        return supersededById;
    }

    /** Whether the action is allowed in the plan's status (for pages: which buttons to show). */
    public boolean allows(PlanAction action) {
        return status.allows(action);
    }

    /** The number, or a dash while a draft has none: for documents and lists. */
    public String numberShown() {
        return number == null ? "—" : number;
    }

    public long getVersion() {
        return version;
    }
}
