package vn.pcmt;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A database migrated before the rules moved to repeatable migrations (ADR 020), with people in it, takes them
 * unchanged: the application's own Flyway, pointed at a throw-away schema, first runs the versioned migrations only
 * (as a deployed database has them), then everything; the second run applies the repeatable migrations alone, leaves
 * every function and trigger as the versioned migrations had defined it, keeps the people's periods as the rules in
 * force compute them, and the triggers go on keeping them.
 */
@PcmtTest
class RuleMigrationUpgradeTests {

    private static final String SCHEMA = "flyway_upgrade_check";

    /**
     * The rules whose repeatable migration was changed since {@link MigrationRulesTests#LAST_VERSION_WITH_RULES}, so
     * that their definition differs from the last versioned one on purpose. Name a rule here when you change it.
     */
    private static final Set<String> CHANGED_SINCE_THE_MOVE = Set.of(
            // ADR 055: the versions of the provinces a transaction changed rows in
            "bump_register_version");

    @Autowired
    Flyway flyway;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void dropSchema() throws SQLException {
        execute("drop schema if exists " + SCHEMA + " cascade");
    }

    @Test
    void a_database_migrated_before_the_move_gets_the_same_rules_and_keeps_its_periods() throws Exception {
        execute("drop schema if exists " + SCHEMA + " cascade");
        MigrateResult before = migrate(false);
        assertThat(before.migrationsExecuted).as("the versioned migrations").isGreaterThan(30);
        assertThat(before.migrations).noneMatch(m -> m.version == null || m.version.isEmpty());
        Map<String, String> functions = functions();
        Map<String, String> triggers = triggers();
        assertThat(MigrationRulesTests.rules())
                .as("every function of the versioned migrations has its repeatable migration")
                .containsAll(functions.keySet());

        long person;
        String commune;
        String otherCommune;
        try (Connection c = connection()) {
            commune = single(
                    c, "select id from admin_unit where level = 'COMMUNE' and valid_to is null order by id limit 1");
            otherCommune = single(
                    c,
                    "select id from admin_unit where level = 'COMMUNE' and valid_to is null and id > " + commune
                            + " order by id limit 1");
            person = Long.parseLong(single(
                    c,
                    "insert into person (full_name, search_name, sort_key, birth_year, sex, unit_id)"
                            + " values ('Lạc Văn Nâng', 'lac van nang', '\\x00', 1990, 'MALE', " + commune
                            + ") returning id"));
            update(
                    c,
                    "insert into person_residence (person_id, commune_id, valid_from) values (" + person + ", "
                            + commune + ", date '2023-01-01')");
            update(
                    c,
                    "insert into episode (person_id, kind, unit_id, start_date, planned_end_date) values (" + person
                            + ", 'DRUG_USE_MANAGEMENT', " + commune + ", date '2024-02-01', date '2025-02-01')");
            update(
                    c,
                    "insert into episode (person_id, kind, unit_id, start_date, end_date, result) values (" + person
                            + ", 'ADDICTION_DETERMINATION', " + commune
                            + ", date '2024-03-01', date '2024-03-05', 'ADDICTED')");
            update(
                    c,
                    "insert into person_event (person_id, kind, event_date, unit_id) values (" + person
                            + ", 'TEST', date '2024-02-10', " + commune + ")");
        }
        List<String> periods = periods(person);
        assertThat(periods)
                .as("the versioned rules kept the periods")
                .contains("UNDER_MANAGEMENT 2024-02-01..2025-02-01", "ADDICT 2024-03-05..null");
        List<String> places = places(person);
        assertThat(places).contains(commune + " WITH_RECORD 2024-02-01..null");

        MigrateResult after = migrate(true);
        assertThat(after.migrations)
                .as("only the repeatable migrations run on a database migrated before")
                .allMatch(m -> m.version == null || m.version.isEmpty())
                .hasSize(MigrationRulesTests.repeatableFiles().size());

        Map<String, String> functionsAfter = functions();
        Map<String, String> triggersAfter = triggers();
        assertThat(functionsAfter.keySet())
                .as("the functions are the rules in force")
                .containsExactlyInAnyOrderElementsOf(MigrationRulesTests.rulesInForce());
        functions.forEach((name, definition) -> {
            if (functionsAfter.containsKey(name) && !CHANGED_SINCE_THE_MOVE.contains(name)) {
                assertThat(functionsAfter.get(name))
                        .as("function " + name + " as the last versioned migration defined it")
                        .isEqualTo(definition);
            }
        });
        triggers.forEach((name, definition) -> {
            if (triggersAfter.containsKey(name)
                    && CHANGED_SINCE_THE_MOVE.stream().noneMatch(f -> definition.endsWith(" FUNCTION " + f + "()"))) {
                assertThat(triggersAfter.get(name))
                        .as("trigger " + name + " as the versioned migrations defined it")
                        .isEqualTo(definition);
            }
        });

        if (CHANGED_SINCE_THE_MOVE.isEmpty()) {
            assertThat(periods(person)).as("the periods are kept").isEqualTo(periods);
            assertThat(places(person)).as("the places are kept").isEqualTo(places);
        }
        try (Connection c = connection()) {
            assertThat(rows(
                            c,
                            "select status || ' ' || valid_from || '..' || coalesce(valid_to::text, 'null')"
                                    + " from person_status_spans(array[" + person + "::bigint]) order by 1"))
                    .as("the kept periods are the ones the rules in force compute")
                    .isEqualTo(periods(person));
            assertThat(rows(
                            c,
                            "select commune_id || ' ' || status || ' ' || valid_from || '..'"
                                    + " || coalesce(valid_to::text, 'null') from person_place_statuses(array[" + person
                                    + "::bigint]) order by 1"))
                    .as("the kept places are the ones the rules in force compute")
                    .isEqualTo(places(person));

            update(
                    c,
                    "insert into episode (person_id, kind, form, unit_id, start_date, planned_end_date) values ("
                            + person + ", 'REHAB', 'VOLUNTARY_HOME', " + commune
                            + ", date '2024-06-01', date '2024-12-01')");
            assertThat(periods(person))
                    .as("the episode trigger goes on keeping the periods")
                    .contains("IN_REHAB 2024-06-01..2024-12-01", "IN_REHAB_VOLUNTARY_HOME 2024-06-01..2024-12-01");
            update(c, "update person_residence set valid_to = date '2024-04-30' where person_id = " + person);
            update(
                    c,
                    "insert into person_residence (person_id, commune_id, valid_from) values (" + person + ", "
                            + otherCommune + ", date '2024-05-01')");
            assertThat(places(person))
                    .as("the residence triggers go on keeping the places")
                    .contains(
                            commune + " WITH_RECORD 2024-02-01..2024-04-30",
                            otherCommune + " IN_REHAB 2024-06-01..2024-12-01");
            update(
                    c,
                    "insert into person_event (person_id, kind, event_date, unit_id) values (" + person
                            + ", 'TEST', date '2024-07-10', " + commune + ")");
            assertThat(rows(
                            c,
                            "select event_date || ' ' || commune_id from person_event where person_id = " + person
                                    + " order by event_date"))
                    .as("the event trigger goes on placing events")
                    .containsExactly("2024-02-10 " + commune, "2024-07-10 " + otherCommune);
        }

        assertThat(migrate(true).migrationsExecuted)
                .as("an unchanged repeatable migration does not run again")
                .isZero();
    }

    /** The application's Flyway on the throw-away schema; without repeatable migrations, as deployed before. */
    private MigrateResult migrate(boolean withRepeatable) {
        var configuration = Flyway.configure()
                .configuration(flyway.getConfiguration())
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .createSchemas(true);
        if (!withRepeatable) {
            configuration.repeatableSqlMigrationPrefix("NOT_REPEATABLE_");
        }
        return configuration.load().migrate();
    }

    private Map<String, String> functions() throws SQLException {
        return definitions("select p.proname, pg_get_functiondef(p.oid) from pg_proc p"
                + " join pg_namespace n on n.oid = p.pronamespace where n.nspname = '" + SCHEMA + "'"
                + " and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')");
    }

    private Map<String, String> triggers() throws SQLException {
        return definitions("select c.relname || '.' || t.tgname, pg_get_triggerdef(t.oid) from pg_trigger t"
                + " join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = '" + SCHEMA + "' and not t.tgisinternal");
    }

    private Map<String, String> definitions(String sql) throws SQLException {
        Map<String, String> found = new TreeMap<>();
        try (Connection c = connection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                assertThat(found.put(r.getString(1), r.getString(2)))
                        .as("one " + r.getString(1))
                        .isNull();
            }
        }
        return found;
    }

    private List<String> periods(long person) throws SQLException {
        try (Connection c = connection()) {
            return rows(
                    c,
                    "select status || ' ' || valid_from || '..' || coalesce(valid_to::text, 'null')"
                            + " from person_status_span where person_id = " + person + " order by 1");
        }
    }

    private List<String> places(long person) throws SQLException {
        try (Connection c = connection()) {
            return rows(
                    c,
                    "select commune_id || ' ' || status || ' ' || valid_from || '..'"
                            + " || coalesce(valid_to::text, 'null') from person_place_status where person_id = "
                            + person
                            + " order by 1");
        }
    }

    /**
     * A connection of the pool that sees the throw-away schema first (and the extensions of public), as Flyway did,
     * and is put back on the default path when closed.
     */
    private Connection connection() throws SQLException {
        Connection c = dataSource.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("set search_path to " + SCHEMA + ", public");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        try (Statement s = c.createStatement()) {
                            s.execute("reset search_path");
                        } finally {
                            c.close();
                        }
                        return null;
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        List<String> rows = rows(c, sql);
        assertThat(rows).as(sql).hasSize(1);
        return rows.get(0);
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
