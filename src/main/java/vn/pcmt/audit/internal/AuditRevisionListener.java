package vn.pcmt.audit.internal;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the user who made the change ("system" for start-up work). */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        ((AuditRevision) revisionEntity).setUsername(auth == null ? "system" : auth.getName());
    }
}
