package vn.pcmt.geo;

import jakarta.persistence.Column;
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
import vn.pcmt.geo.internal.VillageKind;
import vn.pcmt.platform.Recorded;
import vn.pcmt.text.VietnameseText;

/** A village (thôn, tổ dân phố…) created by users under a commune. Deleted softly. */
@Entity
@Audited
public class Village extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "commune_id", nullable = false, updatable = false)
    private long communeId;

    private String name;

    @Enumerated(EnumType.STRING)
    private VillageKind kind;

    @NotAudited
    private String searchName;

    @NotAudited
    private byte[] sortKey;

    @Version
    private long version;

    protected Village() {}

    public Village(long communeId, String name, VillageKind kind) {
        this.communeId = communeId;
        rename(name, kind);
    }

    void rename(String name, VillageKind kind) {
        this.name = VietnameseText.normalize(name);
        this.kind = kind;
        this.searchName = VietnameseText.fold(name);
        this.sortKey = VietnameseText.sortKey(this.name);
    }

    void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public Long getId() {
        return id;
    }

    public long getCommuneId() {
        return communeId;
    }

    public String getName() {
        return name;
    }

    public VillageKind getKind() {
        return kind;
    }

    public String getSearchName() {
        return searchName;
    }

    public long getVersion() {
        return version;
    }
}
