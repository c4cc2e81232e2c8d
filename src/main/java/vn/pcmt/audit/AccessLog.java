package vn.pcmt.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records logins, failed logins, views of personal records and exports. Written in its own transaction so
 * that an entry survives the rollback of the work it describes.
 */
@Service
public class AccessLog {

    private final JdbcClient jdbc;

    AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an event by the current user. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AccessEventKind kind, String subjectType, Object subjectId, String detail) {
        recordFor(currentUsername(), kind, subjectType, subjectId, detail);
    }

    /** Records an event on behalf of a named user (a login attempt has no authenticated user yet). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFor(String username, AccessEventKind kind, String subjectType, Object subjectId, String detail) {
        jdbc.sql("insert into access_log (username, kind, subject_type, subject_id, detail, remote_addr)"
                        + " values (:username, :kind, :subjectType, :subjectId, :detail, :remoteAddr)")
                .param("username", truncate(username, 100))
                .param("kind", kind.name())
                .param("subjectType", subjectType)
                .param("subjectId", subjectId == null ? null : truncate(subjectId.toString(), 60))
                .param("detail", truncate(detail, 500))
                .param("remoteAddr", remoteAddress())
                .update();
    }

    private static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getName();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
