package vn.pcmt.audit.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Searching the change history and the access log: for auditors only. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAuthority('AUDIT_READ')")
public class AuditService {

    private final AuditQueries queries;
    private final AuditLabels labels;

    AuditService(AuditQueries queries, AuditLabels labels) {
        this.queries = queries;
        this.labels = labels;
    }

    /** Every audited entity's name in the user's language, in Vietnamese order of the names (the entity filter). */
    public java.util.Map<String, String> entityLabels() {
        return labels.entityLabels();
    }

    /** The accounts (username, full name) the user filter suggests. */
    public List<String[]> users() {
        return queries.users();
    }

    public Page<AccessLogEntry> accessLog(AuditSearch search, Pageable pageable) {
        return queries.accessLog(search, pageable);
    }

    public Page<RevisionSummary> revisions(AuditSearch search, Pageable pageable) {
        return queries.revisions(search, pageable);
    }

    public Optional<RevisionSummary> revision(long rev) {
        return queries.revision(rev);
    }

    /** Each record the revision changed, with its fields before and after. */
    public List<RecordChange> changes(long rev) {
        return queries.changes(rev);
    }
}
