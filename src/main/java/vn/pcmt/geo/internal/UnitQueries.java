package vn.pcmt.geo.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitLink;
import vn.pcmt.text.VietnameseText;

/** Read-side SQL over the unit tables. */
@Repository
public class UnitQueries {

    static final String COLUMNS = "u.id, u.code, u.level, u.name, u.full_name, u.name_en, u.unit_type,"
            + " u.province_code, u.district_code, u.valid_from, u.valid_to";
    static final String VALID_ON =
            "(u.valid_from is null or u.valid_from <= :date)" + " and (u.valid_to is null or u.valid_to >= :date)";

    static final RowMapper<AdminUnit> UNIT = UnitQueries::mapUnit;

    private final JdbcClient jdbc;

    UnitQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AdminUnit> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from admin_unit u where u.id = :id")
                .param("id", id)
                .query(UNIT)
                .optional();
    }

    public Optional<AdminUnit> byCode(String code, LocalDate date) {
        Optional<UnitLevel> level = UnitLevel.ofCode(code);
        if (level.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from admin_unit u where u.level = :level and u.code = :code and "
                        + VALID_ON)
                .param("level", level.get().name())
                .param("code", code)
                .param("date", date)
                .query(UNIT)
                .optional();
    }

    /** Every version of a code, oldest first. */
    public List<AdminUnit> versions(String code) {
        Optional<UnitLevel> level = UnitLevel.ofCode(code);
        if (level.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from admin_unit u where u.level = :level and u.code = :code"
                        + " order by u.valid_from nulls first")
                .param("level", level.get().name())
                .param("code", code)
                .query(UNIT)
                .list();
    }

    public List<UnitLink> predecessors(long unitId) {
        return links("s.successor_id = :id", "s.predecessor_id", unitId);
    }

    public List<UnitLink> successors(long unitId) {
        return links("s.predecessor_id = :id", "s.successor_id", unitId);
    }

    private List<UnitLink> links(String where, String other, long unitId) {
        return jdbc.sql("select " + COLUMNS + ", s.effective_date, s.partial, s.note, s.inferred from unit_succession s"
                        + " join admin_unit u on u.id = " + other + " where " + where + " order by u.sort_key")
                .param("id", unitId)
                .query((rs, n) -> new UnitLink(
                        mapUnit(rs, n),
                        rs.getObject("effective_date", LocalDate.class),
                        rs.getBoolean("partial"),
                        rs.getString("note"),
                        rs.getBoolean("inferred")))
                .list();
    }

    /** Units on {@code date} at {@code level}, under {@code parentCode} and matching {@code text}, paged. */
    public List<AdminUnit> search(SearchSql sql, int offset, int limit) {
        return sql.bind(jdbc.sql("select " + COLUMNS + " from admin_unit u where " + sql.where() + " order by "
                        + sql.orderBy() + " offset :offset limit :limit"))
                .param("offset", offset)
                .param("limit", limit)
                .query(UNIT)
                .list();
    }

    public long count(SearchSql sql) {
        return sql.bind(jdbc.sql("select count(*) from admin_unit u where " + sql.where()))
                .query(Long.class)
                .single();
    }

    public boolean hasLevelUnder(UnitLevel level, String provinceCode, LocalDate date) {
        return jdbc.sql("select exists (select 1 from admin_unit u where u.level = :level and u.province_code = :p and "
                        + VALID_ON + ")")
                .param("level", level.name())
                .param("p", provinceCode)
                .param("date", date)
                .query(Boolean.class)
                .single();
    }

    /** Every unit of the level in force on the date, in the official order. */
    public List<AdminUnit> allOn(String level, LocalDate date) {
        return jdbc.sql("select u.* from admin_unit u where u.level = :l"
                        + " and (u.valid_from is null or u.valid_from <= :d) and (u.valid_to is null or u.valid_to >= :d)"
                        + " order by u.sort_key, u.code")
                .param("l", level)
                .param("d", date)
                .query(UNIT)
                .list();
    }

    /** For each unit, the communes in force on the date that it covers (beneath it and what it succeeded); one query. */
    public java.util.Map<Long, Long> communesCovered(java.util.Collection<Long> unitIds, LocalDate date) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        unitIds.forEach(id -> counts.put(id, 0L));
        if (unitIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select c.ancestor_id, count(*) from admin_unit u join unit_coverage c on c.unit_id = u.id"
                        + " where c.ancestor_id in (:a) and u.level = 'COMMUNE'"
                        + " and (u.valid_from is null or u.valid_from <= :d) and (u.valid_to is null or u.valid_to >= :d)"
                        + " group by c.ancestor_id")
                .param("a", unitIds)
                .param("d", date)
                .query((ResultSet rs) -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    /** The units of a level in force on the date that the unit covers (itself included), in Vietnamese order. */
    public List<AdminUnit> coveredOn(long unitId, String level, LocalDate date) {
        return jdbc.sql("select u.* from admin_unit u join unit_coverage c on c.unit_id = u.id"
                        + " where c.ancestor_id = :a and u.level = :l"
                        + " and (u.valid_from is null or u.valid_from <= :d) and (u.valid_to is null or u.valid_to >= :d)"
                        + " order by u.sort_key, u.code")
                .param("a", unitId)
                .param("l", level)
                .param("d", date)
                .query(UNIT)
                .list();
    }

    /**
     * The units of a group in force on the date, in Vietnamese order: those carrying the attribute on the date (for
     * a group by attribute) or those listed, in either case covered by the group's province (its predecessors' units
     * on earlier dates) and, when {@code withinId} is given, by that unit.
     */
    public List<AdminUnit> unitsOfGroup(
            long groupId, String attribute, long provinceId, Long withinId, LocalDate date) {
        String members = attribute != null
                ? "select a.unit_id from unit_attribute a where a.deleted_at is null and a.attribute = :k"
                        + " and a.valid_from <= :d and (a.valid_to is null or a.valid_to >= :d)"
                : "select m.unit_id from unit_group_member m where m.group_id = :g";
        return jdbc.sql("select u.* from admin_unit u where u.id in (" + members + ")"
                        + " and u.id in (select c.unit_id from unit_coverage c where c.ancestor_id = :p)"
                        + (withinId == null
                                ? ""
                                : " and u.id in (select c.unit_id from unit_coverage c where c.ancestor_id = :w)")
                        + " and (u.valid_from is null or u.valid_from <= :d) and (u.valid_to is null or u.valid_to >= :d)"
                        + " order by u.sort_key, u.code")
                .param("k", attribute == null ? "" : attribute)
                .param("g", groupId)
                .param("p", provinceId)
                .param("w", withinId == null ? 0L : withinId)
                .param("d", date)
                .query(UNIT)
                .list();
    }

    public boolean covers(long ancestorId, long unitId) {
        return jdbc.sql("select exists (select 1 from unit_coverage where ancestor_id = :a and unit_id = :u)")
                .param("a", ancestorId)
                .param("u", unitId)
                .query(Boolean.class)
                .single();
    }

    /** A where clause and its parameters for {@link #search} and {@link #count}. */
    public record SearchSql(UnitLevel level, LocalDate date, String parentCode, String text) {

        String where() {
            List<String> clauses = new ArrayList<>();
            clauses.add(VALID_ON);
            if (level != null) {
                clauses.add("u.level = :level");
            }
            if (parentCode != null) {
                clauses.add("(u.province_code = :parent or u.district_code = :parent) and u.code <> :parent");
            }
            if (text != null) {
                clauses.add("u.search_name like :folded");
            }
            return String.join(" and ", clauses);
        }

        /**
         * Names that match the diacritics as typed come first (folding merges Hùng and Hưng), then names where
         * the text comes earlier ("Tân Hưng" before "Phước Tân Hưng").
         */
        String orderBy() {
            return text == null
                    ? "u.sort_key, u.code"
                    : "(lower(u.full_name) like :typed) desc, strpos(u.search_name, :plain), u.sort_key, u.code";
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            spec = spec.param("date", date);
            if (level != null) {
                spec = spec.param("level", level.name());
            }
            if (parentCode != null) {
                spec = spec.param("parent", parentCode);
            }
            if (text != null) {
                String plain = VietnameseText.fold(text);
                spec = spec.param("folded", "%" + escapeLike(plain) + "%")
                        .param("plain", plain)
                        .param("typed", "%" + escapeLike(text.toLowerCase(java.util.Locale.ROOT)) + "%");
            }
            return spec;
        }

        private static String escapeLike(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }

    private static AdminUnit mapUnit(ResultSet rs, int row) throws SQLException {
        return new AdminUnit(
                rs.getLong("id"),
                rs.getString("code"),
                UnitLevel.valueOf(rs.getString("level")),
                rs.getString("name"),
                rs.getString("full_name"),
                rs.getString("name_en"),
                rs.getString("unit_type"),
                rs.getString("province_code"),
                rs.getString("district_code"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class));
    }
}
