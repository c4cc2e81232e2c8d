package vn.pcmt.access.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.pcmt.access.Role;

/**
 * A user: role, jurisdiction (a unit version; null only for national administrators) and, for department
 * reporters, an agency. Login counters are written by the lockout outside JPA and are not audited.
 */
@Entity
@Audited
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String fullName;

    private String email;

    private String phone;

    @NotAudited
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Long unitId;

    private Long agencyId;

    /** The facility the user works at (ADR 043): a rehab facility's staff, a health worker's station. */
    private Long facilityId;

    private boolean enabled = true;

    @NotAudited
    private Instant passwordChangedAt;

    @NotAudited
    private int failedAttempts;

    @NotAudited
    private Instant lockedUntil;

    @NotAudited
    private Instant lastLoginAt;

    @Version
    private long version;

    protected UserAccount() {}

    UserAccount(String username, String passwordHash, Instant at) {
        this.username = username;
        setPasswordHash(passwordHash, at);
    }

    void setProfile(String fullName, String email, String phone, Role role, Long unitId, Long agencyId) {
        this.fullName = fullName;
        this.email = email;
        this.phone = phone;
        this.role = role;
        this.unitId = unitId;
        this.agencyId = agencyId;
    }

    void setPasswordHash(String passwordHash, Instant at) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = at;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void unlock() {
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getFacilityId() {
        return facilityId;
    }

    void setFacilityId(Long facilityId) {
        this.facilityId = facilityId;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public long getVersion() {
        return version;
    }
}
