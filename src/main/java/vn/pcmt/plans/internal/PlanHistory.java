package vn.pcmt.plans.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.pcmt.platform.SoftDeleted;

/**
 * The versions of a plan's records as Envers kept them: the entity of each revision, read whole, so that a field
 * added to the entity (and to its form) is in its history without a change here.
 */
@Component
public class PlanHistory {

    private final EntityManager entities;
    private final JdbcClient jdbc;

    PlanHistory(EntityManager entities, JdbcClient jdbc) {
        this.entities = entities;
        this.jdbc = jdbc;
    }

    /** Every version of the entity, oldest first, each as {@code form} reads it. */
    public <E extends SoftDeleted, T> List<Revision<T>> of(Class<E> type, long id, Function<E, T> form) {
        var reader = AuditReaderFactory.get(entities);
        List<Revision<T>> versions = new ArrayList<>();
        for (Number rev : reader.getRevisions(type, id)) {
            E entity = reader.find(type, id, rev);
            if (entity == null) {
                continue;
            }
            var stamp = jdbc.sql("select revtstmp, username from revinfo where rev = :rev")
                    .param("rev", rev.longValue())
                    .query((rs, n) -> new Object[] {rs.getTimestamp(1).toInstant(), rs.getString(2)})
                    .single();
            versions.add(new Revision<>(
                    rev.longValue(), (Instant) stamp[0], (String) stamp[1], entity.isDeleted(), form.apply(entity)));
        }
        return versions;
    }
}
