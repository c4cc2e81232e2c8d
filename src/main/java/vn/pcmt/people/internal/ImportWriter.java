package vn.pcmt.people.internal;

import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.pcmt.audit.AccessLog;
import vn.pcmt.text.VietnameseText;

/**
 * The import's questions and writes a batch at a time (ADR 057): the register's records holding any of a batch's
 * identification numbers in one query, the people with the same name and birth as any of its rows in another, and
 * its people with their first residences written by four statements (person, residence and their Envers history,
 * under the one revision of the import's transaction) instead of two JPA inserts and two history rows per row. The
 * register's statement triggers (places, province versions) run once per statement, as for any multi-row write.
 */
@Component
class ImportWriter {

    private static final String PERSON_SEQUENCE = "pg_get_serial_sequence('person', 'id')";
    private static final String RESIDENCE_SEQUENCE = "pg_get_serial_sequence('person_residence', 'id')";

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final Clock clock;
    final CurrentOfficer officer;
    final DuplicateProbes probes;
    final AccessLog accessLog;

    ImportWriter(
            JdbcTemplate jdbc,
            EntityManager entityManager,
            Clock clock,
            CurrentOfficer officer,
            DuplicateProbes probes,
            AccessLog accessLog) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.clock = clock;
        this.officer = officer;
        this.probes = probes;
        this.accessLog = accessLog;
    }

    /** For each number, the active records that hold it (oldest first), and whether each lies inside the jurisdiction. */
    Map<String, List<PersonQueries.Match>> withIdNumbers(Collection<String> numbers, String jurisdiction) {
        Map<String, List<PersonQueries.Match>> found = new HashMap<>();
        if (numbers.isEmpty()) {
            return found;
        }
        String sql = "select p.id, p.id_number, (" + jurisdiction + ") as inside from person p"
                + " where p.id_number = any (?) and p.deleted_at is null and p.merged_into_id is null order by p.id";
        jdbc.execute((ConnectionCallback<Void>) con -> {
            try (PreparedStatement ps = con.prepareStatement(sql)) {
                ps.setArray(1, con.createArrayOf("varchar", numbers.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.computeIfAbsent(rs.getString("id_number"), n -> new ArrayList<>())
                                .add(new PersonQueries.Match(rs.getLong("id"), rs.getBoolean("inside")));
                    }
                }
            }
            return null;
        });
        return found;
    }

    /** A row's name and birth, as {@link PersonQueries#sameNameAndBirth} compares them. */
    record NameBirth(String fullName, LocalDate birthDate, int birthYear) {}

    /**
     * For each row (by its index in {@code rows}), the active people inside the jurisdiction with the same name
     * (without diacritics, or the name followed by other names) and birth (date, or year when either has only a
     * year): the question of {@link PersonQueries#sameNameAndBirth} for a whole batch, through the same index (birth
     * year, folded name; V27) — the prefix as a range of the index's pattern operators.
     */
    Map<Integer, List<Long>> sameNameAndBirth(List<NameBirth> rows, String jurisdiction) {
        Map<Integer, List<Long>> found = new HashMap<>();
        if (rows.isEmpty()) {
            return found;
        }
        // the range holds the name and the name followed by other words (and by a few control characters, which the
        // loop below leaves out); a condition with LIKE would let the planner add the trigram index, 15 ms a row
        String sql = "select q.i, p.id, p.search_name, q.name"
                + " from unnest(?::int[], ?::text[], ?::text[], ?::int[]) as q(i, name, birth, year)"
                + " join person p on p.birth_year = q.year"
                + " and p.search_name ~>=~ q.name and p.search_name ~<~ (q.name || '!')"
                + " and (p.birth_date is null or q.birth is null or p.birth_date = cast(q.birth as date))"
                + " where p.deleted_at is null and p.merged_into_id is null and " + jurisdiction
                + " order by q.i, p.id";
        Integer[] index = new Integer[rows.size()];
        String[] names = new String[rows.size()];
        String[] births = new String[rows.size()];
        Integer[] years = new Integer[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            NameBirth row = rows.get(i);
            index[i] = i;
            names[i] = VietnameseText.fold(row.fullName());
            births[i] = row.birthDate() == null ? null : row.birthDate().toString();
            years[i] = row.birthYear();
        }
        jdbc.execute((ConnectionCallback<Void>) con -> {
            try (PreparedStatement ps = con.prepareStatement(sql)) {
                ps.setArray(1, con.createArrayOf("int4", index));
                ps.setArray(2, con.createArrayOf("text", names));
                ps.setArray(3, con.createArrayOf("text", births));
                ps.setArray(4, con.createArrayOf("int4", years));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String name = rs.getString(3);
                        String wanted = rs.getString(4);
                        if (name.equals(wanted) || name.startsWith(wanted + " ")) {
                            found.computeIfAbsent(rs.getInt(1), i -> new ArrayList<>())
                                    .add(rs.getLong(2));
                        }
                    }
                }
            }
            return null;
        });
        return found;
    }

    /**
     * The Envers revision of the current transaction, written now so that the history rows can name it: the one
     * revision every imported person and residence is added in, stamped with the user as any change is, and listed
     * under both entities in {@code revchanges} as Envers lists the entities a revision changed.
     */
    long revision() {
        Object revision = AuditReaderFactory.get(entityManager).getCurrentRevision(Object.class, true);
        entityManager.flush();
        long rev = ((Number) entityManager
                        .getEntityManagerFactory()
                        .getPersistenceUnitUtil()
                        .getIdentifier(revision))
                .longValue();
        jdbc.update(
                "insert into revchanges (rev, entityname) values (?, ?), (?, ?) on conflict do nothing",
                rev,
                Person.class.getName(),
                rev,
                Residence.class.getName());
        return rev;
    }

    /** A row ready to be written: its form and the commune it lives in. */
    record Checked(int row, PersonForm form, vn.pcmt.geo.AdminUnit commune) {}

    /**
     * Writes the people of a batch with their first residences and their history rows (added, in revision {@code
     * rev}), with the values {@link PersonService#insert} gives them; returns their ids in the batch's order.
     */
    List<Long> insert(List<Checked> rows, long rev) {
        int n = rows.size();
        if (n == 0) {
            return List.of();
        }
        List<Long> personIds = ids(PERSON_SEQUENCE, n);
        List<Long> residenceIds = ids(RESIDENCE_SEQUENCE, n);
        String username = officer.username();
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        String[][] person = new String[17][n];
        String[][] residence = new String[5][n];
        HexFormat hex = HexFormat.of();
        for (int i = 0; i < n; i++) {
            Checked c = rows.get(i);
            Person p = new Person(c.commune().id());
            p.apply(c.form());
            String[] values = {
                personIds.get(i).toString(),
                p.getFullName(),
                p.getAliases(),
                p.searchName(),
                hex.formatHex(p.sortKey()),
                p.getBirthDate() == null ? null : p.getBirthDate().toString(),
                String.valueOf(p.getBirthYear()),
                p.getSex().name(),
                p.getIdNumber(),
                p.getOldIdNumber(),
                p.getEthnicity(),
                p.getOccupation(),
                p.getPermanentAddress(),
                p.getFamilyContact(),
                p.getOfficer(),
                String.valueOf(c.commune().id()),
                null
            };
            for (int f = 0; f < values.length; f++) {
                person[f][i] = values[f];
            }
            LocalDate since = c.form().residenceFrom() != null ? c.form().residenceFrom() : today;
            residence[0][i] = residenceIds.get(i).toString();
            residence[1][i] = personIds.get(i).toString();
            residence[2][i] = String.valueOf(c.commune().id());
            residence[3][i] = VietnameseText.clean(c.form().residenceAddress());
            residence[4][i] = since.toString();
        }
        jdbc.execute((ConnectionCallback<Void>) con -> {
            execute(
                    con,
                    "insert into person (id, full_name, aliases, search_name, sort_key, birth_date, birth_year, sex,"
                            + " id_number, old_id_number, ethnicity, occupation, permanent_address, family_contact,"
                            + " officer, unit_id, created_at, created_by, version)"
                            + " select cast(id as bigint), full_name, aliases, search_name, decode(sort_key, 'hex'),"
                            + " cast(birth_date as date), cast(birth_year as int), sex, id_number, old_id_number,"
                            + " ethnicity, occupation, permanent_address, family_contact, officer,"
                            + " cast(unit_id as bigint), ?, ?, 0"
                            + " from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
                            + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
                            + " ?::text[], ?::text[], ?::text[])"
                            + " as r(id, full_name, aliases, search_name, sort_key, birth_date, birth_year, sex,"
                            + " id_number, old_id_number, ethnicity, occupation, permanent_address, family_contact,"
                            + " officer, unit_id)",
                    ps -> {
                        ps.setTimestamp(1, Timestamp.from(now));
                        ps.setString(2, username);
                        for (int f = 0; f < 16; f++) {
                            ps.setArray(3 + f, con.createArrayOf("text", person[f]));
                        }
                    });
            Array ids = con.createArrayOf("int8", personIds.toArray());
            execute(
                    con,
                    "insert into person_aud (id, rev, revtype, full_name, aliases, birth_date, birth_year, sex,"
                            + " id_number, old_id_number, ethnicity, occupation, permanent_commune_id,"
                            + " permanent_village_id, permanent_address, family_contact, officer, unit_id,"
                            + " merged_into_id, deleted_at, deleted_by)"
                            + " select id, ?, 0, full_name, aliases, birth_date, birth_year, sex, id_number,"
                            + " old_id_number, ethnicity, occupation, permanent_commune_id, permanent_village_id,"
                            + " permanent_address, family_contact, officer, unit_id, merged_into_id, deleted_at,"
                            + " deleted_by from person where id = any (?)",
                    ps -> {
                        ps.setLong(1, rev);
                        ps.setArray(2, ids);
                    });
            execute(
                    con,
                    "insert into person_residence (id, person_id, commune_id, address, valid_from)"
                            + " select cast(id as bigint), cast(person_id as bigint), cast(commune_id as bigint),"
                            + " address, cast(valid_from as date)"
                            + " from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])"
                            + " as r(id, person_id, commune_id, address, valid_from)",
                    ps -> {
                        for (int f = 0; f < 5; f++) {
                            ps.setArray(1 + f, con.createArrayOf("text", residence[f]));
                        }
                    });
            Array residences = con.createArrayOf("int8", residenceIds.toArray());
            execute(
                    con,
                    "insert into person_residence_aud (id, rev, revtype, person_id, commune_id, village_id, address,"
                            + " valid_from, valid_to) select id, ?, 0, person_id, commune_id, village_id, address,"
                            + " valid_from, valid_to from person_residence where id = any (?)",
                    ps -> {
                        ps.setLong(1, rev);
                        ps.setArray(2, residences);
                    });
            return null;
        });
        return personIds;
    }

    private List<Long> ids(String sequence, int n) {
        return jdbc.queryForList("select nextval(" + sequence + ") from generate_series(1, ?)", Long.class, n);
    }

    @FunctionalInterface
    private interface Parameters {
        void set(PreparedStatement ps) throws SQLException;
    }

    private static void execute(Connection con, String sql, Parameters parameters) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            parameters.set(ps);
            ps.executeUpdate();
        }
    }
}
