package vn.pcmt.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.ModifiedEntityNames;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One Envers revision: a transaction that changed audited entities, with who did it. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
    @SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 50)
    @RevisionNumber
    private Long rev;

    @RevisionTimestamp
    private Instant revtstmp;

    private String username;

    @ElementCollection(fetch = FetchType.EAGER)
    @JoinTable(name = "revchanges", joinColumns = @JoinColumn(name = "rev"))
    @Column(name = "entityname")
    @ModifiedEntityNames
    private Set<String> modifiedEntityNames = new HashSet<>();

    public Long getRev() {
        return rev;
    }

    public Instant getRevtstmp() {
        return revtstmp;
    }

    public String getUsername() {
        return username;
    }

    public Set<String> getModifiedEntityNames() {
        return modifiedEntityNames;
    }

    void setUsername(String username) {
        this.username = username;
    }
}
