package vn.pcmt.people.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/** A document attached to a record (a decision, a test slip): PDF or image, kept in the database. */
@Entity
@Audited
@SQLRestriction(SoftDeleted.LIVE)
public class PersonDocument extends SoftDeleted implements PersonPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long personId;

    private String fileName;

    private String contentType;

    private int sizeBytes;

    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private String description;

    private String uploadedBy;

    @NotAudited
    private Instant uploadedAt;

    @Version
    private long version;

    protected PersonDocument() {}

    PersonDocument(
            long personId,
            String fileName,
            String contentType,
            byte[] content,
            String description,
            String by,
            Instant at) {
        this.personId = personId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.description = VietnameseText.clean(description);
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    @Override
    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] content() {
        return content;
    }

    public String getDescription() {
        return description;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public long getVersion() {
        return version;
    }
}
