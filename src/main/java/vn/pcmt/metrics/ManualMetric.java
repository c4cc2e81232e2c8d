package vn.pcmt.metrics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import vn.pcmt.metrics.internal.ManualMetricForm;
import vn.pcmt.platform.Recorded;
import vn.pcmt.text.VietnameseText;

/**
 * A figure no register holds, defined by a province's standing office: its code ({@code manual.…}, the same in every
 * province that shares a template), name, definition, whether it is a stock or a flow, what it counts, and the
 * agency that enters it.
 */
@Entity
@Audited
// the metric's audit history has always carried who created it and when: it keeps doing so
@AuditOverride(forClass = Recorded.class, name = "created")
public class ManualMetric extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private String provinceCode;

    @Column(updatable = false)
    private String code;

    private String name;

    private String definition;

    @Enumerated(EnumType.STRING)
    private MetricKind kind;

    private String unit;

    private Long agencyId;

    @Version
    private long version;

    protected ManualMetric() {}

    ManualMetric(String provinceCode, ManualMetricForm form) {
        this.provinceCode = provinceCode;
        this.code = form.code().strip();
        apply(form);
    }

    void apply(ManualMetricForm form) {
        this.name = VietnameseText.normalize(form.name());
        this.definition = VietnameseText.clean(form.definition());
        this.kind = form.kind();
        this.unit = VietnameseText.normalize(form.unit());
        this.agencyId = form.agencyId();
    }

    void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public ManualMetricForm toForm() {
        return new ManualMetricForm(code, name, definition, kind, unit, agencyId);
    }

    /**
     * The register this figure stands in for before a unit kept it (its code is the register metric's, ADR 035); empty
     * for a figure of its own ({@code manual.…}).
     */
    public java.util.Optional<Register> standsFor() {
        return code.startsWith("manual.") ? java.util.Optional.empty() : Register.of(code);
    }

    public Long getId() {
        return id;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDefinition() {
        return definition;
    }

    public MetricKind getKind() {
        return kind;
    }

    public String getUnit() {
        return unit;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public long getVersion() {
        return version;
    }
}
