package vn.pcmt.geo.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.pcmt.text.VietnameseText;

/**
 * Tightens the links V35 inferred from a commune that disappeared to the communes of its district that appeared or
 * changed on the next day (ADR 026, ADR 034). Among those candidates, in this order:
 *
 * <ol>
 *   <li>a commune of the same name (diacritics and type aside: Xã Thuỷ Đường → Phường Thuỷ Đường): the same place
 *       under another code or type, and only it;
 *   <li>else the communes that are new (a code not seen before) or renamed: a commune that only changed type that day
 *       (Thủy Nguyên's communes all became wards on 1/1/2025) is no sign that it took the unit over;
 *   <li>else all of them, as before.
 * </ol>
 *
 * The links kept stay inferred; one link left is full, several stay partial. Links between versions of one code, the
 * links of districts and provinces, and the official links are not touched.
 */
final class InferredCommuneLinks {

    private static final String CANDIDATES =
            """
            select s.id, s.predecessor_id, p.full_name, q.full_name,
                   (select b.full_name from admin_unit b where b.level = q.level and b.code = q.code
                      and b.valid_to = q.valid_from - 1 order by b.id limit 1) as before
            from unit_succession s
            join admin_unit p on p.id = s.predecessor_id
            join admin_unit q on q.id = s.successor_id
            where s.inferred and p.level = 'COMMUNE' and q.level = 'COMMUNE' and p.code <> q.code
            order by s.predecessor_id, s.id
            """;

    private record Candidate(long link, String gone, String successor, String before) {

        boolean sameName() {
            return name(successor).equals(name(gone));
        }

        boolean newOrRenamed() {
            return before == null || !name(before).equals(name(successor));
        }
    }

    private InferredCommuneLinks() {}

    /** The name without its type, folded (no diacritics, lower case). */
    static String name(String fullName) {
        return VietnameseText.fold(UnitHistoryLoader.shortName(fullName)).strip();
    }

    /** Tightens the links; returns how many were removed. */
    static int tighten(Connection connection) throws SQLException {
        Map<Long, List<Candidate>> byGone = new LinkedHashMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(CANDIDATES)) {
            while (rs.next()) {
                byGone.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                        .add(new Candidate(rs.getLong(1), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        List<Long> drop = new ArrayList<>();
        List<Long> full = new ArrayList<>();
        for (List<Candidate> candidates : byGone.values()) {
            List<Candidate> keep =
                    candidates.stream().filter(Candidate::sameName).toList();
            if (keep.isEmpty()) {
                keep = candidates.stream().filter(Candidate::newOrRenamed).toList();
            }
            if (keep.isEmpty()) {
                keep = candidates;
            }
            for (Candidate c : candidates) {
                if (!keep.contains(c)) {
                    drop.add(c.link());
                }
            }
            if (keep.size() == 1 && candidates.size() > 1) {
                full.add(keep.get(0).link());
            }
        }
        try (PreparedStatement del = connection.prepareStatement("delete from unit_succession where id = any (?)");
                PreparedStatement upd =
                        connection.prepareStatement("update unit_succession set partial = false where id = any (?)")) {
            del.setArray(1, connection.createArrayOf("bigint", drop.toArray()));
            del.executeUpdate();
            upd.setArray(1, connection.createArrayOf("bigint", full.toArray()));
            upd.executeUpdate();
        }
        return drop.size();
    }
}
