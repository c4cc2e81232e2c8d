package vn.pcmt.access.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A personal access token for the API: named by its user, valid until the end of {@code expiresOn},
 * read-only if asked. Only the SHA-256 of the token is kept ({@code tokenHash}); {@code prefix}, its first
 * characters, tells the user which token is which. The last use is written outside JPA and not audited.
 */
@Entity
@Audited
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long userId;

    private String name;

    @NotAudited
    private String tokenHash;

    private String prefix;

    private boolean readOnly;

    private LocalDate expiresOn;

    private Instant createdAt;

    @NotAudited
    private Instant lastUsedAt;

    private Instant revokedAt;

    @Version
    private long version;

    protected ApiToken() {}

    ApiToken(
            long userId,
            String name,
            String tokenHash,
            String prefix,
            boolean readOnly,
            LocalDate expiresOn,
            Instant createdAt) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.readOnly = readOnly;
        this.expiresOn = expiresOn;
        this.createdAt = createdAt;
    }

    void revoke(Instant at) {
        this.revokedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isExpired(LocalDate today) {
        return expiresOn.isBefore(today);
    }

    public long getVersion() {
        return version;
    }
}
