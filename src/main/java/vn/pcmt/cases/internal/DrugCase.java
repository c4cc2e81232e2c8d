package vn.pcmt.cases.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import vn.pcmt.platform.Recorded;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/**
 * A drug crime case (vụ án, vụ việc), detected on a date in a commune (the unit version of that day) by an agency of
 * the province, under Penal Code articles, with its stage and the date each stage was reached. Deleted softly.
 */
@Entity
@Audited
@SQLRestriction(SoftDeleted.LIVE)
public class DrugCase extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long communeId;

    private LocalDate detectedOn;

    private BigDecimal latitude;

    private BigDecimal longitude;

    private long agencyId;

    private String summary;

    @Enumerated(EnumType.STRING)
    private CaseStage stage;

    private LocalDate openedOn;

    private LocalDate chargedOn;

    private LocalDate indictedOn;

    private LocalDate triedOn;

    private boolean mobileTrial;

    private LocalDate judgedOn;

    private LocalDate transferredOn;

    private LocalDate suspendedOn;

    private boolean cyberspace;

    private boolean transnational;

    private boolean organisedRing;

    private boolean keyRoute;

    private String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "drug_case_article", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "article_code")
    private Set<String> articles = new TreeSet<>();

    @Version
    private long version;

    protected DrugCase() {}

    public DrugCase(long communeId, CaseForm form) {
        this.stage = CaseStage.initial();
        apply(communeId, form);
    }

    public void apply(long communeId, CaseForm form) {
        this.communeId = communeId;
        this.detectedOn = form.detectedOn();
        this.latitude = form.latitude();
        this.longitude = form.longitude();
        this.agencyId = form.agencyId();
        this.summary = VietnameseText.normalize(form.summary());
        this.cyberspace = form.isCyberspace();
        this.transnational = form.isTransnational();
        this.organisedRing = form.isOrganisedRing();
        this.keyRoute = form.isKeyRoute();
        this.note = VietnameseText.clean(form.note());
        this.articles.clear();
        this.articles.addAll(form.articleCodes());
    }

    /** The date of the latest stage reached (the detection date at first). */
    public LocalDate lastStageOn() {
        LocalDate last = detectedOn;
        for (LocalDate d : java.util.Arrays.asList(
                openedOn, chargedOn, indictedOn, triedOn, judgedOn, transferredOn, suspendedOn)) {
            if (d != null && d.isAfter(last)) {
                last = d;
            }
        }
        return last;
    }

    /** Moves the case on (refused when the stage does not allow the action). */
    public void act(StageForm form) {
        CaseStage next = stage.next(form.action());
        switch (form.action()) {
            case OPEN -> openedOn = form.on();
            case CHARGE -> chargedOn = form.on();
            case INDICT -> indictedOn = form.on();
            case TRY -> {
                triedOn = form.on();
                mobileTrial = Boolean.TRUE.equals(form.mobileTrial());
            }
            case JUDGE -> judgedOn = form.on();
            case TRANSFER -> transferredOn = form.on();
            case SUSPEND -> suspendedOn = form.on();
        }
        stage = next;
    }

    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    /** The stages reached, in order, with their dates. */
    public List<StageReached> stages() {
        List<StageReached> reached = new java.util.ArrayList<>();
        reached.add(new StageReached(CaseStage.DETECTED, detectedOn));
        add(reached, CaseStage.OPENED, openedOn);
        add(reached, CaseStage.CHARGED, chargedOn);
        add(reached, CaseStage.INDICTED, indictedOn);
        add(reached, CaseStage.TRIED, triedOn);
        add(reached, CaseStage.JUDGED, judgedOn);
        add(reached, CaseStage.TRANSFERRED, transferredOn);
        add(reached, CaseStage.SUSPENDED, suspendedOn);
        return reached;
    }

    private static void add(List<StageReached> reached, CaseStage stage, LocalDate on) {
        if (on != null) {
            reached.add(new StageReached(stage, on));
        }
    }

    /** A stage and the day the case reached it. */
    public record StageReached(CaseStage stage, LocalDate on) {}

    public CaseForm toForm(String communeCode) {
        return new CaseForm(
                communeCode,
                detectedOn,
                latitude,
                longitude,
                agencyId,
                summary,
                List.copyOf(articles),
                cyberspace,
                transnational,
                organisedRing,
                keyRoute,
                note,
                version);
    }

    public Long getId() {
        return id;
    }

    public long getCommuneId() {
        return communeId;
    }

    public LocalDate getDetectedOn() {
        return detectedOn;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public String getSummary() {
        return summary;
    }

    public CaseStage getStage() {
        return stage;
    }

    public boolean isMobileTrial() {
        return mobileTrial;
    }

    public boolean isCyberspace() {
        return cyberspace;
    }

    public boolean isTransnational() {
        return transnational;
    }

    public boolean isOrganisedRing() {
        return organisedRing;
    }

    public boolean isKeyRoute() {
        return keyRoute;
    }

    public String getNote() {
        return note;
    }

    public Set<String> getArticles() {
        return Set.copyOf(articles);
    }

    public long getVersion() {
        return version;
    }
}
