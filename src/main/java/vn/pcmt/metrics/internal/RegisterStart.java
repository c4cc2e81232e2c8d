package vn.pcmt.metrics.internal;

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
import vn.pcmt.metrics.Register;
import vn.pcmt.platform.Recorded;

/**
 * From when a unit keeps a register in PCMT: before {@code since}, the register's figures for the unit (and the units
 * beneath it without a start of their own) are "no data", not 0.
 */
@Entity
@Audited
public class RegisterStart extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Register register;

    private LocalDate since;

    @Version
    private long version;

    protected RegisterStart() {}

    RegisterStart(long unitId, Register register, LocalDate since) {
        this.unitId = unitId;
        this.register = register;
        this.since = since;
    }

    void moveTo(LocalDate since) {
        this.since = since;
    }

    void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public Register getRegister() {
        return register;
    }

    public LocalDate getSince() {
        return since;
    }

    public long getVersion() {
        return version;
    }
}
