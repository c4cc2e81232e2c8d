package vn.pcmt.geo.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.text.VietnameseText;

/** Writes the unit lists and their succession links with plain JDBC batches. */
final class UnitCatalogueWriter {

    private static final String SOURCE_PRE2025 = "Danh mục ĐVHC trước 1/7/2025 (GSO, thanglequoc v2.4.1)";
    private static final String SOURCE_2025 = "Danh mục ĐVHC từ 1/7/2025 (NQ 202/2025/QH15, QĐ 19/2025/QĐ-TTg)";
    private static final String SOURCE_CURRENT = "Danh mục ĐVHC từ 30/4/2026 (NQ 30/2026/QH16, 237/NQ-UBTVQH16)";
    private static final String INSERT = "insert into admin_unit (code, level, name, full_name, name_en, unit_type,"
            + " province_code, district_code, valid_from, valid_to, source, search_name, sort_key)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Connection connection;
    /** Ids of the versions in force just before the reform, and just after it: level + code → id. */
    private final Map<String, Long> pre2025 = new HashMap<>();

    private final Map<String, Long> post2025 = new HashMap<>();

    UnitCatalogueWriter(Connection connection) {
        this.connection = connection;
    }

    void loadPre2025() throws SQLException {
        LocalDate end = UnitCatalogueFiles.REFORM.minusDays(1);
        insert(UnitCatalogueFiles.PRE2025_PROVINCES, UnitLevel.PROVINCE, null, end, SOURCE_PRE2025, pre2025);
        insert(UnitCatalogueFiles.PRE2025_DISTRICTS, UnitLevel.DISTRICT, null, end, SOURCE_PRE2025, pre2025);
        insert(UnitCatalogueFiles.PRE2025_COMMUNES, UnitLevel.COMMUNE, null, end, SOURCE_PRE2025, pre2025);
    }

    void load2025() throws SQLException {
        LocalDate start = UnitCatalogueFiles.REFORM;
        insert(UnitCatalogueFiles.PROVINCES_2025, UnitLevel.PROVINCE, start, null, SOURCE_2025, post2025);
        insert(UnitCatalogueFiles.COMMUNES_2025, UnitLevel.COMMUNE, start, null, SOURCE_2025, post2025);
    }

    /**
     * Units whose type or name changed on {@code date} get a new version from that date; the version of
     * 1/7/2025 ends the day before and is linked to it. Tone-mark placement (Hoà/Hòa) is not a change.
     */
    void loadChangesOf(LocalDate date) throws SQLException {
        changes(UnitCatalogueFiles.PROVINCES_2025, UnitCatalogueFiles.PROVINCES_CURRENT, UnitLevel.PROVINCE, date);
        changes(UnitCatalogueFiles.COMMUNES_2025, UnitCatalogueFiles.COMMUNES_CURRENT, UnitLevel.COMMUNE, date);
    }

    void linkSuccessions() throws SQLException {
        String sql = "insert into unit_succession (predecessor_id, successor_id, effective_date, partial, note)"
                + " values (?, ?, ?, ?, ?) on conflict (predecessor_id, successor_id) do nothing";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (CSVRecord r : UnitCatalogueFiles.read(UnitCatalogueFiles.PROVINCE_MAPPING)) {
                Long from = pre2025.get(key(UnitLevel.PROVINCE, r.get("old_province_code")));
                Long to = post2025.get(key(UnitLevel.PROVINCE, r.get("new_province_code")));
                addLink(ps, from, to, UnitCatalogueFiles.REFORM, false, "Nghị quyết 202/2025/QH15");
            }
            for (CSVRecord r : UnitCatalogueFiles.read(UnitCatalogueFiles.COMMUNE_MAPPING)) {
                String oldCommune = r.get("old_commune_code");
                // island districts without communes became special zones: the district is the predecessor
                Long from = oldCommune.isBlank()
                        ? pre2025.get(key(UnitLevel.DISTRICT, r.get("old_district_code")))
                        : pre2025.get(key(UnitLevel.COMMUNE, oldCommune));
                Long to = post2025.get(key(UnitLevel.COMMUNE, r.get("new_commune_code")));
                boolean partial = "partial".equals(r.get("relation"));
                addLink(ps, from, to, UnitCatalogueFiles.REFORM, partial, r.get("change_note"));
            }
            ps.executeBatch();
        }
    }

    private void addLink(PreparedStatement ps, Long from, Long to, LocalDate date, boolean partial, String note)
            throws SQLException {
        if (from == null || to == null) {
            throw new IllegalStateException("succession refers to a unit not in the lists: " + from + " → " + to);
        }
        ps.setLong(1, from);
        ps.setLong(2, to);
        ps.setDate(3, Date.valueOf(date));
        ps.setBoolean(4, partial);
        ps.setString(5, note);
        ps.addBatch();
    }

    private void changes(String before, String after, UnitLevel level, LocalDate date) throws SQLException {
        Map<String, CSVRecord> old = new HashMap<>();
        for (CSVRecord r : UnitCatalogueFiles.read(before)) {
            old.put(r.get("code"), r);
        }
        String close = "update admin_unit set valid_to = ? where id = ?";
        String link = "insert into unit_succession (predecessor_id, successor_id, effective_date, partial, note)"
                + " values (?, ?, ?, false, ?)";
        for (CSVRecord now : UnitCatalogueFiles.read(after)) {
            CSVRecord then = old.get(now.get("code"));
            if (then == null || sameUnit(then, now)) {
                continue;
            }
            long previous = post2025.get(key(level, now.get("code")));
            long next = insertOne(now, level, date, null, SOURCE_CURRENT);
            try (PreparedStatement ps = connection.prepareStatement(close);
                    PreparedStatement ln = connection.prepareStatement(link)) {
                ps.setDate(1, Date.valueOf(date.minusDays(1)));
                ps.setLong(2, previous);
                ps.executeUpdate();
                ln.setLong(1, previous);
                ln.setLong(2, next);
                ln.setDate(3, Date.valueOf(date));
                ln.setString(4, "Đổi loại đơn vị hành chính: " + then.get("full_name") + " → " + now.get("full_name"));
                ln.executeUpdate();
            }
        }
    }

    private static boolean sameUnit(CSVRecord a, CSVRecord b) {
        return a.get("administrative_unit_id").equals(b.get("administrative_unit_id"))
                && VietnameseText.fold(a.get("full_name")).equals(VietnameseText.fold(b.get("full_name")));
    }

    private void insert(
            String file, UnitLevel level, LocalDate from, LocalDate to, String source, Map<String, Long> ids)
            throws SQLException {
        List<CSVRecord> rows = UnitCatalogueFiles.read(file);
        try (PreparedStatement ps = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            for (CSVRecord r : rows) {
                bind(ps, r, level, from, to, source);
                ps.addBatch();
            }
            ps.executeBatch();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                for (CSVRecord r : rows) {
                    keys.next();
                    ids.put(key(level, r.get("code")), keys.getLong(1));
                }
            }
        }
    }

    private long insertOne(CSVRecord r, UnitLevel level, LocalDate from, LocalDate to, String source)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, r, level, from, to, source);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void bind(
            PreparedStatement ps, CSVRecord r, UnitLevel level, LocalDate from, LocalDate to, String source)
            throws SQLException {
        String name = VietnameseText.normalize(r.get("name"));
        String fullName = VietnameseText.normalize(r.get("full_name"));
        ps.setString(1, r.get("code"));
        ps.setString(2, level.name());
        ps.setString(3, name);
        ps.setString(4, fullName);
        ps.setString(5, r.get("name_en"));
        ps.setString(6, r.get("unit_type"));
        ps.setString(7, level == UnitLevel.PROVINCE ? r.get("code") : r.get("province_code"));
        ps.setString(8, level == UnitLevel.DISTRICT ? r.get("code") : districtOf(r));
        setDate(ps, 9, from);
        setDate(ps, 10, to);
        ps.setString(11, source);
        ps.setString(12, VietnameseText.fold(fullName));
        ps.setBytes(13, VietnameseText.sortKey(name));
    }

    private static String districtOf(CSVRecord r) {
        return r.isMapped("district_code") ? r.get("district_code") : null;
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(date));
        }
    }

    private static String key(UnitLevel level, String code) {
        return level.name() + ":" + code;
    }
}
