package vn.pcmt.reports.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import vn.pcmt.platform.Recorded;
import vn.pcmt.platform.SoftDeleted;

/**
 * How one reporter (a unit, or an agency of a province) heads and signs its documents (Decree 30/2020/NĐ-CP): kept
 * by the reporter or the standing office; a change is a new revision (Envers), resetting to the defaults is a soft
 * delete.
 */
@Entity
@Audited
@SQLRestriction(SoftDeleted.LIVE)
public class DocumentIssuer extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private long unitId;

    @Column(updatable = false)
    private Long agencyId;

    private String parentBody;

    private String issuingBody;

    private String symbol;

    private String place;

    private String authority;

    private String position;

    private String signer;

    private String recipients;

    @Version
    private long version;

    protected DocumentIssuer() {}

    public DocumentIssuer(long unitId, Long agencyId) {
        this.unitId = unitId;
        this.agencyId = agencyId;
    }

    /** Takes the heading as given (already checked by {@link DocumentHeading#checked}). */
    public void apply(DocumentHeading heading) {
        this.parentBody = heading.parentBody();
        this.issuingBody = heading.issuingBody();
        this.symbol = heading.symbol();
        this.place = heading.place();
        this.authority = heading.authority();
        this.position = heading.position();
        this.signer = heading.signer();
        this.recipients = String.join("\n", heading.recipients());
    }

    public DocumentHeading heading() {
        return new DocumentHeading(
                parentBody,
                issuingBody,
                symbol,
                place,
                authority,
                position,
                signer,
                DocumentHeading.lines(recipients),
                true,
                version);
    }

    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public long getVersion() {
        return version;
    }
}
