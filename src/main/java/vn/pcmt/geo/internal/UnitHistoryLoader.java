package vn.pcmt.geo.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.text.VietnameseText;

/**
 * Turns the snapshots of 2004–2025 ({@code history/unit_versions_2003_2025.csv}) into unit versions before the
 * official list of 30/6/2025 (already loaded, the truth for that date) and links them (ADR 026):
 *
 * <ul>
 *   <li>The list of 15/1/2003 holds only provinces, under the codes used before 2004 (3 digits): not loaded. A
 *       version seen in the first list with communes (31/8/2004) existed earlier: its start stays null.
 *   <li>A version still in the last snapshot is the official row of 30/6/2025 with that code: that row keeps its id
 *       (records point at it) and gets its real start. A version still in the last snapshot but absent from the
 *       official list is a stale entry of the source (a commune dissolved years before that reappeared in 2025):
 *       dropped when it reappeared after a gap, else closed on 28/2/2025, the day before the official list.
 *   <li>A commune's province is its district's on each date: when a district moved to another province (Hà Tây to
 *       Hà Nội on 1/8/2008) its communes get a version per province.
 *   <li>Versions of one code follow each other: linked as the same place (not partial). A unit that disappears is
 *       linked to the units of the same parent that appeared or changed on the same date (a district or province
 *       to the parents its units moved to); partial when there are several. Every such link is {@code inferred}:
 *       the snapshots say which units existed, not which old units formed a new one.
 * </ul>
 */
final class UnitHistoryLoader {

    /** The first snapshot with communes and today's codes; a version seen in it may be older. */
    static final LocalDate FIRST = LocalDate.of(2004, 8, 31);
    /** The last day of the official list of 30/6/2025 (and of districts). */
    static final LocalDate LAST = LocalDate.of(2025, 6, 30);
    /** The official list of 30/6/2025 is in force from 1/3/2025. */
    static final LocalDate OFFICIAL_FROM = LocalDate.of(2025, 3, 1);

    private static final String SOURCE = "Danh mục ĐVHC 2004–2025 theo các bản chụp của TCTK"
            + " (daohoangson/dvhcvn-historical-data, daohoangson/dvhcvn)";
    private static final List<String> PREFIXES =
            List.of("Thành phố", "Thị xã", "Thị trấn", "Quận", "Huyện", "Tỉnh", "Phường", "Xã");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One version as loaded: a run of snapshots with the same name, type, parent and province. */
    static final class Piece {
        final UnitLevel level;
        final String code;
        final String fullName;
        final String type;
        final String district;
        String province;
        LocalDate start;
        LocalDate end;
        /** The official row's id for the last version of a unit in force on 30/6/2025; else set on insert. */
        Long id;

        boolean official;

        Piece(UnitLevel level, String code, String fullName, String type, String district, String province) {
            this.level = level;
            this.code = code;
            this.fullName = fullName;
            this.type = type;
            this.district = district;
            this.province = province;
        }

        Piece copy() {
            Piece p = new Piece(level, code, fullName, type, district, province);
            p.start = start;
            p.end = end;
            return p;
        }

        boolean inForceOn(LocalDate date) {
            return !start.isAfter(date) && !end.isBefore(date);
        }

        /** Only the province differs from the version before: not a change of the unit itself. */
        boolean sameUnitAs(Piece other) {
            return other != null
                    && fullName.equals(other.fullName)
                    && type.equals(other.type)
                    && Objects.equals(district, other.district);
        }

        String parent() {
            return level == UnitLevel.COMMUNE ? district : level == UnitLevel.DISTRICT ? province : null;
        }
    }

    private record Link(Piece from, Piece to, boolean partial, String note) {}

    private final Connection connection;
    private final List<CSVRecord> rows;
    /** level:code → its pieces, oldest first. */
    private final Map<String, List<Piece>> byCode = new LinkedHashMap<>();

    UnitHistoryLoader(Connection connection, List<CSVRecord> rows) {
        this.connection = connection;
        this.rows = rows;
    }

    void load() throws SQLException {
        Map<String, Long> official = officialIds();
        read(official);
        splitCommunesByProvince();
        insert();
        link();
    }

    /** The rows of the official list of 30/6/2025, loaded by version 2: level:code → id. */
    private Map<String, Long> officialIds() throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select id, level, code from admin_unit"
                        + " where valid_from is null and valid_to = date '2025-06-30'")) {
            while (rs.next()) {
                ids.put(rs.getString(2) + ":" + rs.getString(3), rs.getLong(1));
            }
        }
        return ids;
    }

    private void read(Map<String, Long> official) {
        Map<String, List<CSVRecord>> grouped = new LinkedHashMap<>();
        for (CSVRecord r : rows) {
            UnitLevel level = UnitLevel.valueOf(r.get("level").toUpperCase(Locale.ROOT));
            if (r.get("code").length() != level.codeLength()) {
                continue; // the list of 2003, under the former codes
            }
            grouped.computeIfAbsent(level.name() + ":" + r.get("code"), k -> new ArrayList<>())
                    .add(r);
        }
        for (var entry : grouped.entrySet()) {
            List<CSVRecord> versions = entry.getValue();
            versions.sort(Comparator.comparing(r -> r.get("seen_from")));
            List<Piece> pieces = new ArrayList<>();
            Long id = official.get(entry.getKey());
            for (CSVRecord r : versions) {
                UnitLevel level = UnitLevel.valueOf(r.get("level").toUpperCase(Locale.ROOT));
                String fullName = fullName(r.get("name"));
                Piece p = new Piece(
                        level,
                        r.get("code"),
                        fullName,
                        r.get("type"),
                        level == UnitLevel.COMMUNE ? r.get("parent_code") : null,
                        switch (level) {
                            case PROVINCE -> r.get("code");
                            case DISTRICT -> r.get("parent_code");
                            case COMMUNE -> null;
                        });
                p.start = LocalDate.parse(r.get("seen_from"));
                boolean open = r.get("valid_to").isBlank();
                if (open && id != null) {
                    p.end = LAST;
                    p.official = true;
                    p.id = id;
                } else if (open) {
                    Piece before = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
                    boolean afterGap = before != null && before.end.plusDays(1).isBefore(p.start);
                    if (afterGap || !p.start.isBefore(OFFICIAL_FROM)) {
                        continue; // stale: not in the official list
                    }
                    p.end = OFFICIAL_FROM.minusDays(1);
                } else {
                    p.end = LocalDate.parse(r.get("valid_to"));
                }
                pieces.add(p);
            }
            if (!pieces.isEmpty()) {
                byCode.put(entry.getKey(), pieces);
            }
        }
    }

    /** A commune's province is its district's on each date; a commune gets a version per province it lay in. */
    private void splitCommunesByProvince() {
        for (var entry : byCode.entrySet()) {
            if (!entry.getKey().startsWith("COMMUNE:")) {
                continue;
            }
            List<Piece> split = new ArrayList<>();
            for (Piece p : entry.getValue()) {
                List<Piece> districts = byCode.getOrDefault("DISTRICT:" + p.district, List.of());
                List<Piece> pieces = new ArrayList<>();
                for (Piece d : districts) {
                    if (d.end.isBefore(p.start) || d.start.isAfter(p.end)) {
                        continue;
                    }
                    Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
                    if (last != null && last.province.equals(d.province)) {
                        last.end = min(d.end, p.end);
                        continue;
                    }
                    Piece piece = p.copy();
                    piece.province = d.province;
                    piece.start = max(p.start, d.start);
                    piece.end = min(d.end, p.end);
                    pieces.add(piece);
                }
                if (pieces.isEmpty()) {
                    // no version of its district over the commune's: the province of the district's nearest one
                    Piece only = p.copy();
                    only.province = nearest(districts, p.start);
                    pieces.add(only);
                }
                // the pieces of one version cover it whole and follow each other
                pieces.get(0).start = p.start;
                for (int i = 1; i < pieces.size(); i++) {
                    pieces.get(i - 1).end = pieces.get(i).start.minusDays(1);
                }
                Piece last = pieces.get(pieces.size() - 1);
                last.end = p.end;
                last.official = p.official;
                last.id = p.id;
                split.addAll(pieces);
            }
            split.removeIf(x -> x.province == null);
            entry.setValue(split);
        }
    }

    private static String nearest(List<Piece> districts, LocalDate date) {
        Piece best = null;
        for (Piece d : districts) {
            if (best == null
                    || Math.abs(d.start.toEpochDay() - date.toEpochDay())
                            < Math.abs(best.start.toEpochDay() - date.toEpochDay())) {
                best = d;
            }
        }
        return best == null ? null : best.province;
    }

    /**
     * The new versions in one statement over arrays, with ids taken from the table's sequence first (so that links can
     * name them), and the official rows' starts in another: a few hundred milliseconds, where a JDBC batch of single
     * rows took seconds.
     */
    private void insert() throws SQLException {
        List<Piece> added = new ArrayList<>();
        List<Long> officialIds = new ArrayList<>();
        List<Date> officialStarts = new ArrayList<>();
        for (List<Piece> pieces : byCode.values()) {
            for (Piece p : pieces) {
                if (!p.official) {
                    added.add(p);
                } else if (p.start.isAfter(FIRST)) {
                    officialIds.add(p.id);
                    officialStarts.add(Date.valueOf(p.start));
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "select nextval(pg_get_serial_sequence('admin_unit', 'id')) from generate_series(1, ?)")) {
            ps.setInt(1, added.size());
            try (ResultSet rs = ps.executeQuery()) {
                for (Piece p : added) {
                    rs.next();
                    p.id = rs.getLong(1);
                }
            }
        }
        int n = added.size();
        Object[][] columns = new Object[13][n];
        for (int i = 0; i < n; i++) {
            Piece p = added.get(i);
            String name = shortName(p.fullName);
            columns[0][i] = p.id;
            columns[1][i] = p.code;
            columns[2][i] = p.level.name();
            columns[3][i] = name;
            columns[4][i] = p.fullName;
            columns[5][i] = unitType(p);
            columns[6][i] = p.province;
            columns[7][i] = p.level == UnitLevel.DISTRICT ? p.code : p.district;
            columns[8][i] = p.start.isAfter(FIRST) ? Date.valueOf(p.start) : null;
            columns[9][i] = Date.valueOf(p.end);
            columns[10][i] = VietnameseText.fold(p.fullName);
            columns[11][i] = java.util.HexFormat.of().formatHex(VietnameseText.sortKey(name));
        }
        String[] types = {
            "bigint", "varchar", "varchar", "varchar", "varchar", "varchar", "varchar", "varchar", "date", "date",
            "varchar", "varchar"
        };
        try (PreparedStatement ps = connection.prepareStatement("insert into admin_unit (id, code, level, name,"
                + " full_name, unit_type, province_code, district_code, valid_from, valid_to, search_name, sort_key,"
                + " source)"
                + " select id, code, level, name, full_name, unit_type, province_code, district_code, valid_from,"
                + " valid_to, search_name, decode(sort_key, 'hex'), ?"
                + " from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],"
                + " ?::varchar[], ?::varchar[], ?::date[], ?::date[], ?::varchar[], ?::varchar[])"
                + " as t(id, code, level, name, full_name, unit_type, province_code, district_code, valid_from,"
                + " valid_to, search_name, sort_key)")) {
            ps.setString(1, SOURCE);
            for (int c = 0; c < 12; c++) {
                ps.setArray(c + 2, connection.createArrayOf(types[c], columns[c]));
            }
            ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement("update admin_unit a set valid_from = v.d"
                + " from unnest(?::bigint[], ?::date[]) as v(id, d) where a.id = v.id")) {
            ps.setArray(1, connection.createArrayOf("bigint", officialIds.toArray()));
            ps.setArray(2, connection.createArrayOf("date", officialStarts.toArray()));
            ps.executeUpdate();
        }
    }

    private void link() throws SQLException {
        List<Link> links = new ArrayList<>();
        Map<String, List<Piece>> startingOn = new HashMap<>();
        for (List<Piece> pieces : byCode.values()) {
            for (int i = 0; i < pieces.size(); i++) {
                Piece p = pieces.get(i);
                if (i > 0) {
                    Piece before = pieces.get(i - 1);
                    links.add(new Link(
                            before,
                            p,
                            false,
                            "Cùng mã " + p.code + ": " + before.fullName + " → " + p.fullName
                                    + (before.sameUnitAs(p) ? " (đổi tỉnh)" : "")));
                    if (before.sameUnitAs(p)) {
                        continue;
                    }
                }
                startingOn
                        .computeIfAbsent(p.level + ":" + p.start, k -> new ArrayList<>())
                        .add(p);
            }
        }
        for (List<Piece> pieces : byCode.values()) {
            Piece last = pieces.get(pieces.size() - 1);
            if (!last.end.isBefore(LAST)) {
                continue;
            }
            LocalDate next = last.end.plusDays(1);
            Set<Piece> successors =
                    switch (last.level) {
                        case COMMUNE -> changedBeside(last, startingOn.getOrDefault("COMMUNE:" + next, List.of()));
                        case DISTRICT, PROVINCE -> {
                            Set<Piece> parents = parentsOfMovedChildren(last, next);
                            yield parents.isEmpty()
                                    ? changedBeside(last, startingOn.getOrDefault(last.level + ":" + next, List.of()))
                                    : parents;
                        }
                    };
            for (Piece s : successors) {
                links.add(new Link(
                        last,
                        s,
                        successors.size() > 1,
                        "Suy ra: " + last.fullName + " không còn từ " + DAY.format(next) + ", cùng ngày " + s.fullName
                                + " thành lập hoặc thay đổi"));
            }
        }
        int n = links.size();
        Object[] from = new Object[n];
        Object[] to = new Object[n];
        Object[] on = new Object[n];
        Object[] partial = new Object[n];
        Object[] note = new Object[n];
        for (int i = 0; i < n; i++) {
            Link l = links.get(i);
            from[i] = l.from().id;
            to[i] = l.to().id;
            on[i] = Date.valueOf(l.from().end.plusDays(1)); // the day the predecessor was gone
            partial[i] = l.partial();
            note[i] = l.note().length() > 300 ? l.note().substring(0, 300) : l.note();
        }
        try (PreparedStatement ps = connection.prepareStatement("insert into unit_succession (predecessor_id,"
                + " successor_id, effective_date, partial, note, inferred)"
                + " select f, t, d, p, n, true from unnest(?::bigint[], ?::bigint[], ?::date[], ?::boolean[],"
                + " ?::varchar[]) as l(f, t, d, p, n)"
                + " on conflict (predecessor_id, successor_id) do nothing")) {
            ps.setArray(1, connection.createArrayOf("bigint", from));
            ps.setArray(2, connection.createArrayOf("bigint", to));
            ps.setArray(3, connection.createArrayOf("date", on));
            ps.setArray(4, connection.createArrayOf("boolean", partial));
            ps.setArray(5, connection.createArrayOf("varchar", note));
            ps.executeUpdate();
        }
    }

    /**
     * Units of the same parent that appeared, or changed name or type, on the day after {@code gone}'s last (a unit that
     * only moved to another district on that day, as all of a merged district's did, is no sign of a takeover).
     */
    private Set<Piece> changedBeside(Piece gone, List<Piece> started) {
        Set<Piece> out = new LinkedHashSet<>();
        for (Piece s : started) {
            if (s.code.equals(gone.code) || !Objects.equals(s.level, gone.level)) {
                continue;
            }
            Piece before = previous(s);
            if (before != null && before.fullName.equals(s.fullName) && before.type.equals(s.type)) {
                continue; // only moved to another district: no sign that it took the unit over
            }
            boolean sameParent = Objects.equals(s.parent(), gone.parent())
                    || (before != null && Objects.equals(before.parent(), gone.parent()));
            if (sameParent) {
                out.add(s);
            }
        }
        return out;
    }

    /** The units that the children of a district or province moved to on {@code next}, when it disappeared. */
    private Set<Piece> parentsOfMovedChildren(Piece gone, LocalDate next) {
        UnitLevel childLevel = gone.level == UnitLevel.PROVINCE ? UnitLevel.DISTRICT : UnitLevel.COMMUNE;
        Set<String> parentCodes = new LinkedHashSet<>();
        for (var entry : byCode.entrySet()) {
            if (!entry.getKey().startsWith(childLevel.name() + ":")) {
                continue;
            }
            List<Piece> pieces = entry.getValue();
            for (int i = 0; i + 1 < pieces.size(); i++) {
                Piece a = pieces.get(i);
                Piece b = pieces.get(i + 1);
                if (a.end.equals(gone.end)
                        && b.start.equals(next)
                        && gone.code.equals(a.parent())
                        && !gone.code.equals(b.parent())) {
                    parentCodes.add(b.parent());
                }
            }
        }
        Set<Piece> out = new LinkedHashSet<>();
        for (String code : parentCodes) {
            for (Piece p : byCode.getOrDefault(gone.level.name() + ":" + code, List.of())) {
                if (p.inForceOn(next)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private Piece previous(Piece p) {
        List<Piece> pieces = byCode.get(p.level + ":" + p.code);
        int i = pieces.indexOf(p);
        return i > 0 ? pieces.get(i - 1) : null;
    }

    /** NFC, single spaces, the type's prefix written as in the official list ("Thị Trấn" → "Thị trấn"). */
    static String fullName(String raw) {
        String name = VietnameseText.normalize(raw.replaceAll("\\s+", " "));
        for (String prefix : PREFIXES) {
            if (name.regionMatches(true, 0, prefix + " ", 0, prefix.length() + 1)) {
                return prefix + name.substring(prefix.length());
            }
        }
        return name;
    }

    /** The name without its type's prefix, as the official lists give it ("Xã Tân An" → "Tân An"). */
    static String shortName(String fullName) {
        for (String prefix : PREFIXES) {
            if (fullName.startsWith(prefix + " ")) {
                return fullName.substring(prefix.length() + 1);
            }
        }
        return fullName;
    }

    /** The type as the official lists name it. */
    private String unitType(Piece p) {
        return switch (p.type) {
            case "Thành phố Trung ương" -> "Thành phố trực thuộc trung ương";
            case "Thành phố" -> p.level == UnitLevel.DISTRICT && centrallyRun(p.province, p.start)
                    ? "Thành phố thuộc thành phố trực thuộc trung ương"
                    : "Thành phố thuộc tỉnh";
            default -> p.type;
        };
    }

    private boolean centrallyRun(String province, LocalDate on) {
        for (Piece p : byCode.getOrDefault("PROVINCE:" + province, List.of())) {
            if (p.inForceOn(on)) {
                return p.type.equals("Thành phố Trung ương");
            }
        }
        return false;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
