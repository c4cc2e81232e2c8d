package vn.pcmt.geo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.CurrentJurisdiction;
import vn.pcmt.geo.Jurisdiction;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.text.VietnameseText;

/**
 * The units a unit picker offers for what was typed (ADR 046): units in force on the form's date, at the levels the
 * field takes, whose name (without diacritics, word by word, the province's name included) or code matches, limited
 * to the current user's jurisdiction (the units it covers and the units that contain it: a commune's officer filters
 * by their province) unless the field names a unit anywhere (a move to another province). Names typed with their
 * diacritics come first, then names where the text comes earlier, then the Vietnamese order.
 */
@Service
@Transactional(readOnly = true)
public class UnitPicker {

    /** How many choices one answer holds at most: a picker shows a short list, the user types more to narrow it. */
    public static final int LIMIT = 20;

    /** One unit offered: its code (what the form sends), its name and a label naming its province (and district). */
    public record Choice(String code, String level, String name, String label) {}

    private final JdbcClient jdbc;
    private final CurrentJurisdiction current;
    private final Clock clock;

    UnitPicker(JdbcClient jdbc, CurrentJurisdiction current, Clock clock) {
        this.jdbc = jdbc;
        this.current = current;
        this.clock = clock;
    }

    /**
     * Units matching {@code text} in force on {@code date} (today when null) at one of {@code levels} (any when
     * empty); {@code anywhere} lifts the jurisdiction limit (units are reference data; the form's own rule decides).
     */
    public List<Choice> choices(String text, LocalDate date, Set<UnitLevel> levels, boolean anywhere) {
        String typed = VietnameseText.clean(VietnameseText.normalize(text));
        if (typed == null) {
            return List.of();
        }
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        String plain = VietnameseText.fold(typed);
        List<String> words = Arrays.stream(plain.split(" "))
                .filter(w -> !w.isBlank())
                .limit(8)
                .toList();
        List<String> where = new ArrayList<>();
        where.add(valid("u"));
        if (!levels.isEmpty()) {
            where.add("u.level in (:levels)");
        }
        List<String> matches = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            matches.add("(u.search_name like :w" + i + " or coalesce(p.search_name, '') like :w" + i + ")");
        }
        String words_ = String.join(" and ", matches);
        where.add(
                plain.chars().allMatch(Character::isDigit) ? "(u.code like :codePrefix or (" + words_ + "))" : words_);
        Jurisdiction jurisdiction = current.get();
        if (!anywhere && !jurisdiction.isNational()) {
            where.add("(u.id in (select c.unit_id from unit_coverage c where c.ancestor_id = :j)"
                    + " or u.id in (select c.ancestor_id from unit_coverage c where c.unit_id = :j))");
        }
        String sql = "select u.code, u.level, u.full_name, p.name as province, d.full_name as district"
                + " from admin_unit u"
                + " left join admin_unit p on u.level <> 'PROVINCE' and p.level = 'PROVINCE'"
                + " and p.code = u.province_code and " + valid("p")
                + " left join admin_unit d on u.level = 'COMMUNE' and d.level = 'DISTRICT'"
                + " and d.code = u.district_code and " + valid("d")
                + " where " + String.join(" and ", where)
                + " order by (u.code = :plain) desc, (lower(u.full_name) like :typed) desc,"
                + " nullif(strpos(u.search_name, :plain), 0) nulls last, u.sort_key, u.code limit " + LIMIT;
        JdbcClient.StatementSpec spec = jdbc.sql(sql)
                .param("date", on)
                .param("plain", plain)
                .param("typed", "%" + escapeLike(typed.toLowerCase(java.util.Locale.ROOT)) + "%")
                .param("codePrefix", escapeLike(plain) + "%")
                .param("j", jurisdiction.isNational() ? 0L : jurisdiction.unitId());
        if (!levels.isEmpty()) {
            spec = spec.param("levels", levels.stream().map(Enum::name).toList());
        }
        for (int i = 0; i < words.size(); i++) {
            spec = spec.param("w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        return spec.query((rs, n) -> {
                    String name = rs.getString("full_name");
                    List<String> above = new ArrayList<>();
                    if (rs.getString("district") != null) {
                        above.add(rs.getString("district"));
                    }
                    if (rs.getString("province") != null) {
                        above.add(rs.getString("province"));
                    }
                    String label = above.isEmpty() ? name : name + " — " + String.join(", ", above);
                    return new Choice(rs.getString("code"), rs.getString("level"), name, label);
                })
                .list();
    }

    private static String valid(String alias) {
        return "(" + alias + ".valid_from is null or " + alias + ".valid_from <= :date) and (" + alias
                + ".valid_to is null or " + alias + ".valid_to >= :date)";
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
