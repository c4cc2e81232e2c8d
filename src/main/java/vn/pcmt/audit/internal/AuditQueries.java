package vn.pcmt.audit.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.pcmt.audit.AccessEventKind;

/** SQL over {@code access_log} and the Envers tables. */
@Repository
public class AuditQueries {

    private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> TECHNICAL = Set.of("id", "rev", "revtype");
    private static final String[] REVISION_TYPES = {"ADD", "MOD", "DEL"};

    private final JdbcClient jdbc;
    private final AuditLabels labels;

    /**
     * Each entity's table by the entity's simple name. Revisions name entities by their class's full name when they
     * were written ({@code revchanges.entityname}); a class moved to another package since (a module's entities
     * moved to its {@code internal} package, ADR 027) is still found by its simple name, which JPA keeps unique.
     */
    private final Map<String, String> tables = new java.util.HashMap<>();

    AuditQueries(JdbcClient jdbc, jakarta.persistence.EntityManagerFactory entities, AuditLabels labels) {
        this.jdbc = jdbc;
        this.labels = labels;
        for (var entity : entities.getMetamodel().getEntities()) {
            jakarta.persistence.Table table = entity.getJavaType().getAnnotation(jakarta.persistence.Table.class);
            if (table != null && !table.name().isBlank()) {
                tables.put(entity.getJavaType().getSimpleName(), table.name());
            }
        }
    }

    public Page<AccessLogEntry> accessLog(AuditSearch search, Pageable pageable) {
        Filter filter = new Filter("a.occurred_at", "a.username");
        if (search.kind() != null) {
            filter.add("a.kind = :kind", "kind", search.kind());
        }
        filter.apply(search);
        long total = filter.bind(jdbc.sql("select count(*) from access_log a where " + filter.where()))
                .query(Long.class)
                .single();
        List<AccessLogEntry> rows = filter.bind(jdbc.sql("select a.*, (select u.full_name from user_account u"
                        + " where u.username = a.username) as full_name from access_log a where " + filter.where()
                        + " order by a.occurred_at desc, a.id desc offset :offset limit :limit"))
                .param("offset", pageable.getOffset())
                .param("limit", pageable.getPageSize())
                .query((rs, n) -> new AccessLogEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("username"),
                        rs.getString("full_name"),
                        AccessEventKind.valueOf(rs.getString("kind")),
                        rs.getString("subject_type"),
                        rs.getString("subject_id"),
                        rs.getString("detail"),
                        rs.getString("remote_addr")))
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    public Page<RevisionSummary> revisions(AuditSearch search, Pageable pageable) {
        Filter filter = new Filter("r.revtstmp", "r.username");
        if (search.kind() != null) {
            filter.add(
                    "exists (select 1 from revchanges k where k.rev = r.rev and k.entityname like :entity)",
                    "entity",
                    "%." + search.kind());
        }
        filter.apply(search);
        long total = filter.bind(jdbc.sql("select count(*) from revinfo r where " + filter.where()))
                .query(Long.class)
                .single();
        List<RevisionSummary> rows = filter.bind(jdbc.sql(REVISIONS + " where " + filter.where()
                        + " group by r.rev order by r.rev desc offset :offset limit :limit"))
                .param("offset", pageable.getOffset())
                .param("limit", pageable.getPageSize())
                .query((rs, n) -> summary(rs))
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** The accounts, for the user filter's suggestions: username and full name, by username. */
    public List<String[]> users() {
        return jdbc.sql("select username, full_name from user_account order by username limit 1000")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
    }

    public Optional<RevisionSummary> revision(long rev) {
        return jdbc.sql(REVISIONS + " where r.rev = :rev group by r.rev")
                .param("rev", rev)
                .query((rs, n) -> summary(rs))
                .optional();
    }

    public List<RecordChange> changes(long rev) {
        List<RecordChange> changes = new ArrayList<>();
        Map<String, String> names = new java.util.HashMap<>();
        for (String entity : jdbc.sql("select entityname from revchanges where rev = :rev order by entityname")
                .param("rev", rev)
                .query(String.class)
                .list()) {
            String simple = entity.substring(entity.lastIndexOf('.') + 1);
            String table = auditTable(simple);
            if (!TABLE.matcher(table).matches()) {
                continue;
            }
            for (Map<String, Object> row : jdbc.sql("select * from " + table + " where rev = :rev")
                    .param("rev", rev)
                    .query()
                    .listOfRows()) {
                Object id = row.get("id");
                Map<String, Object> before = jdbc
                        .sql("select * from " + table + " where id = :id and rev < :rev order by rev desc limit 1")
                        .param("id", id)
                        .param("rev", rev)
                        .query()
                        .listOfRows()
                        .stream()
                        .findFirst()
                        .orElse(Map.of());
                changes.add(new RecordChange(
                        simple,
                        labels.entity(simple),
                        String.valueOf(id),
                        REVISION_TYPES[((Number) row.get("revtype")).intValue()],
                        fields(simple, before, row, names)));
            }
        }
        return changes;
    }

    /** The entity's table (its {@code @Table} name, or its name in snake case) with Envers' suffix. */
    private String auditTable(String simple) {
        String table = tables.get(simple);
        if (table == null) {
            table = simple.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
        }
        return table + "_aud";
    }

    private List<RecordChange.FieldChange> fields(
            String entity, Map<String, Object> before, Map<String, Object> after, Map<String, String> names) {
        Map<String, RecordChange.FieldChange> fields = new LinkedHashMap<>();
        for (String column : after.keySet()) {
            if (!TECHNICAL.contains(column)) {
                String old = text(before.get(column));
                String now = text(after.get(column));
                fields.put(
                        column,
                        new RecordChange.FieldChange(
                                column,
                                labels.field(column),
                                labels.value(entity, column, before.get(column), names),
                                labels.value(entity, column, after.get(column), names),
                                old == null ? now != null : !old.equals(now)));
            }
        }
        return new ArrayList<>(fields.values());
    }

    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }

    private static final String REVISIONS = "select r.rev, r.revtstmp, r.username,"
            + " (select u.full_name from user_account u where u.username = r.username) as full_name,"
            + " array_remove(array_agg(c.entityname order by c.entityname), null) as entities"
            + " from revinfo r left join revchanges c on c.rev = r.rev";

    private static RevisionSummary summary(java.sql.ResultSet rs) throws SQLException {
        Array array = rs.getArray("entities");
        List<String> entities = array == null
                ? List.of()
                : Arrays.stream((Object[]) array.getArray())
                        .map(e -> e.toString().substring(e.toString().lastIndexOf('.') + 1))
                        .toList();
        return new RevisionSummary(
                rs.getLong("rev"),
                rs.getTimestamp("revtstmp").toInstant(),
                rs.getString("username"),
                rs.getString("full_name"),
                entities);
    }

    /** Where-clause pieces shared by both logs: user and date range on the given columns. */
    private static final class Filter {
        private final String timeColumn;
        private final String userColumn;
        private final List<String> clauses = new ArrayList<>(List.of("true"));
        private final Map<String, Object> params = new LinkedHashMap<>();

        Filter(String timeColumn, String userColumn) {
            this.timeColumn = timeColumn;
            this.userColumn = userColumn;
        }

        void add(String clause, String name, Object value) {
            clauses.add(clause);
            params.put(name, value);
        }

        void apply(AuditSearch search) {
            if (search.username() != null) {
                add("lower(" + userColumn + ") = lower(:username)", "username", search.username());
            }
            if (search.from() != null) {
                add(timeColumn + " >= :from", "from", startOf(search.from()));
            }
            if (search.to() != null) {
                add(timeColumn + " < :to", "to", startOf(search.to().plusDays(1)));
            }
            if (search.unitId() != null) {
                // the users of the unit and of the units it covers; the id is a number from the server
                clauses.add(userColumn + " in (select u.username from user_account u where "
                        + vn.pcmt.geo.UnitCoverage.sqlCondition(
                                vn.pcmt.geo.Jurisdiction.of(search.unitId()), "u.unit_id")
                        + ")");
            }
        }

        String where() {
            return String.join(" and ", clauses);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            for (var e : params.entrySet()) {
                spec = spec.param(e.getKey(), e.getValue());
            }
            return spec;
        }

        private static Timestamp startOf(LocalDate date) {
            return Timestamp.valueOf(date.atStartOfDay());
        }
    }
}
