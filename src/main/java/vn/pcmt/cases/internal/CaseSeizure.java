package vn.pcmt.cases.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import vn.pcmt.platform.Part;
import vn.pcmt.platform.Recorded;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/** What was seized in a case: a substance with its quantity and unit, and/or other items as free text. */
@Entity
@Audited
@SQLRestriction(SoftDeleted.LIVE)
public class CaseSeizure extends Recorded implements Part {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;

    private String substanceCode;

    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    private SeizureUnit unit;

    private String otherItems;

    @Version
    private long version;

    protected CaseSeizure() {}

    public CaseSeizure(long caseId, SeizureForm form) {
        this.caseId = caseId;
        this.substanceCode = form.substance() == null || form.substance().isBlank() ? null : form.substance();
        this.quantity = substanceCode == null ? null : form.quantity();
        this.unit = substanceCode == null ? null : form.unit();
        this.otherItems = VietnameseText.clean(form.otherItems());
    }

    @Override
    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    @Override
    public long partOf() {
        return getCaseId();
    }

    public String getSubstanceCode() {
        return substanceCode;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public SeizureUnit getUnit() {
        return unit;
    }

    public String getOtherItems() {
        return otherItems;
    }

    public long getVersion() {
        return version;
    }
}
