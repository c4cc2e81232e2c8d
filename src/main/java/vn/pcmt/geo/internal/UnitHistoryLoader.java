package vn.pcmt.geo.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
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
 * official list of 30/6/2025 (already loaded, the truth for that date) and links them (ADR 023):
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

    private void insert() throws SQLException {
        String sql = "insert into admin_unit (code, level, name, full_name, name_en, unit_type, province_code,"
                + " district_code, valid_from, valid_to, source, search_name, sort_key)"
                + " values (?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?)";
        List<Piece> added = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
                PreparedStatement start =
                        connection.prepareStatement("update admin_unit set valid_from = ? where id = ?")) {
            for (List<Piece> pieces : byCode.values()) {
                for (Piece p : pieces) {
                    if (p.official) {
                        if (p.start.isAfter(FIRST)) {
                            start.setDate(1, Date.valueOf(p.start));
                            start.setLong(2, p.id);
                            start.addBatch();
                        }
                        continue;
                    }
                    String name = shortName(p.fullName);
                    ps.setString(1, p.code);
                    ps.setString(2, p.level.name());
                    ps.setString(3, name);
                    ps.setString(4, p.fullName);
                    ps.setString(5, unitType(p));
                    ps.setString(6, p.province);
                    ps.setString(7, p.level == UnitLevel.DISTRICT ? p.code : p.district);
                    if (p.start.isAfter(FIRST)) {
                        ps.setDate(8, Date.valueOf(p.start));
                    } else {
                        ps.setNull(8, Types.DATE);
                    }
                    ps.setDate(9, Date.valueOf(p.end));
                    ps.setString(10, SOURCE);
                    ps.setString(11, VietnameseText.fold(p.fullName));
                    ps.setBytes(12, VietnameseText.sortKey(name));
                    ps.addBatch();
                    added.add(p);
                }
            }
            start.executeBatch();
            ps.executeBatch();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                for (Piece p : added) {
                    keys.next();
                    p.id = keys.getLong(1);
                }
            }
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
        String sql = "insert into unit_succession (predecessor_id, successor_id, effective_date, partial, note,"
                + " inferred) values (?, ?, ?, ?, ?, true) on conflict (predecessor_id, successor_id) do nothing";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (Link l : links) {
                ps.setLong(1, l.from().id);
                ps.setLong(2, l.to().id);
                ps.setDate(3, Date.valueOf(l.to().start));
                ps.setBoolean(4, l.partial());
                ps.setString(5, l.note().length() > 300 ? l.note().substring(0, 300) : l.note());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Units of the same parent that appeared or changed on the day after {@code gone}'s last. */
    private Set<Piece> changedBeside(Piece gone, List<Piece> started) {
        Set<Piece> out = new LinkedHashSet<>();
        for (Piece s : started) {
            if (s.code.equals(gone.code) || !Objects.equals(s.level, gone.level)) {
                continue;
            }
            Piece before = previous(s);
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
