package vn.pcmt.audit;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.Set;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records logins, failed logins, every read of personal records (a record, its parts, searches and lists), exports and
 * refusals. Written in its own transaction so that an entry survives the rollback of the work it describes: each entry
 * is one autocommitted insert through a small pool of its own ({@value #POOL_SIZE} connections), never the caller's
 * pool. A second connection from the application's pool while the caller's transaction holds one deadlocked that pool
 * under load: with as many readers of person pages or work lists as connections, each held one and waited 30 s for
 * another (Gatling, ADR 058). Within one
 * HTTP request the same event on the same subject is written once (a person's page reads the person, the episodes,
 * the events and the documents: one entry says the record was viewed).
 */
@Service
public class AccessLog {

    static final int POOL_SIZE = 3;

    private final HikariDataSource pool;
    private final JdbcClient jdbc;

    AccessLog(JdbcConnectionDetails database) {
        pool = new HikariDataSource();
        pool.setPoolName("access-log");
        pool.setJdbcUrl(database.getJdbcUrl());
        pool.setUsername(database.getUsername());
        pool.setPassword(database.getPassword());
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setMinimumIdle(0);
        pool.setAutoCommit(true);
        jdbc = JdbcClient.create(pool);
    }

    @PreDestroy
    void close() {
        pool.close();
    }

    /** Records an event by the current user. */
    public void record(AccessEventKind kind, String subjectType, Object subjectId, String detail) {
        recordFor(currentUsername(), kind, subjectType, subjectId, detail);
    }

    /** Records an event on behalf of a named user (a login attempt has no authenticated user yet). */
    public void recordFor(String username, AccessEventKind kind, String subjectType, Object subjectId, String detail) {
        if (alreadyRecordedInThisRequest(username, kind, subjectType, subjectId)) {
            return;
        }
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

    /** True when this request has already written the same event on the same subject (and notes it otherwise). */
    @SuppressWarnings("unchecked")
    private static boolean alreadyRecordedInThisRequest(
            String username, AccessEventKind kind, String subjectType, Object subjectId) {
        if (subjectId == null
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        HttpServletRequest request = attributes.getRequest();
        Set<String> written = (Set<String>) request.getAttribute(WRITTEN);
        if (written == null) {
            written = new HashSet<>();
            request.setAttribute(WRITTEN, written);
        }
        return !written.add(username + "|" + kind + "|" + subjectType + "|" + subjectId);
    }

    private static final String WRITTEN = AccessLog.class.getName() + ".written";

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
