package vn.pcmt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The SQL rules are read in one place (ADR 020): each function of the schema has its current definition in one
 * repeatable migration {@code R__<module>_<function>.sql}, and no versioned migration newer than the ones of the
 * change that moved them there defines a function or replaces a trigger of a rule again. Read from the migrations on
 * the classpath, as Flyway reads them.
 */
class MigrationRulesTests {

    /** The newest versioned migration when the rules moved to repeatable migrations: the history, kept as it ran. */
    static final int LAST_VERSION_WITH_RULES = 34;

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__\\w+\\.sql");
    private static final Pattern REPEATABLE = Pattern.compile("R__([a-z]+)_(\\w+)\\.sql");
    private static final Pattern CREATES_FUNCTION =
            Pattern.compile("(?i)\\bcreate\\s+(or\\s+replace\\s+)?function\\s+([\\w.\"]+)\\s*\\(");
    private static final Pattern CHANGES_FUNCTION = Pattern.compile("(?i)\\balter\\s+function\\s+([\\w.\"]+)");
    private static final Pattern CREATES_TRIGGER = Pattern.compile(
            "(?i)\\bcreate\\s+(or\\s+replace\\s+)?(constraint\\s+)?trigger\\s+(\\w+)(.*?)\\bexecute\\s+function\\s+(\\w+)",
            Pattern.DOTALL);

    @Test
    void each_repeatable_migration_defines_the_one_function_it_is_named_after_and_may_run_again() throws IOException {
        Map<String, String> repeatable = migrations(REPEATABLE);
        assertThat(repeatable).as("the rules in repeatable migrations").isNotEmpty();
        repeatable.forEach((file, sql) -> {
            Matcher name = REPEATABLE.matcher(file);
            assertThat(name.matches()).isTrue();
            String function = name.group(2);
            if (retired(sql)) {
                assertThat(sql.strip())
                        .as(file + ": a retired rule's file only drops its function")
                        .matches("(?is)drop\\s+function\\s+if\\s+exists\\s+" + function + "\\b[^;]*;");
                return;
            }
            List<String> defined = new ArrayList<>();
            Matcher m = CREATES_FUNCTION.matcher(sql);
            while (m.find()) {
                assertThat(m.group(1))
                        .as(file + ": create OR REPLACE, so that it runs again")
                        .isNotNull();
                defined.add(m.group(2));
            }
            assertThat(defined)
                    .as(file + " defines the function it is named after, and only it")
                    .containsExactly(function);
            Matcher t = CREATES_TRIGGER.matcher(sql);
            while (t.find()) {
                assertThat(t.group(1))
                        .as(file + ": trigger " + t.group(3) + " created OR REPLACE, so that it runs again")
                        .isNotNull();
                assertThat(t.group(2))
                        .as(file + ": constraint trigger " + t.group(3)
                                + " cannot be replaced; it belongs with its table in a versioned migration")
                        .isNull();
                assertThat(t.group(5))
                        .as(file + ": trigger " + t.group(3) + " runs this file's function")
                        .isEqualTo(function);
            }
        });
    }

    @Test
    void every_function_of_the_versioned_migrations_has_its_current_definition_in_a_repeatable_migration()
            throws IOException {
        Set<String> rules = rules();
        migrations(VERSIONED).forEach((file, sql) -> {
            Matcher m = CREATES_FUNCTION.matcher(sql);
            while (m.find()) {
                assertThat(rules)
                        .as(file + " defines " + m.group(2) + ": its current definition is R__<module>_" + m.group(2)
                                + ".sql")
                        .contains(m.group(2));
            }
        });
    }

    @Test
    void no_versioned_migration_after_the_move_defines_a_function_or_a_rules_trigger_again() throws IOException {
        Set<String> rules = rules();
        Set<String> ruleTriggers = new LinkedHashSet<>();
        for (String sql : migrations(REPEATABLE).values()) {
            Matcher t = CREATES_TRIGGER.matcher(sql);
            while (t.find()) {
                ruleTriggers.add(t.group(3));
            }
        }
        Map<String, String> versioned = migrations(VERSIONED);
        assertThat(versioned.keySet())
                .as("the history up to V" + LAST_VERSION_WITH_RULES + " is on the classpath")
                .anyMatch(file -> version(file) == LAST_VERSION_WITH_RULES);
        versioned.forEach((file, sql) -> {
            if (version(file) <= LAST_VERSION_WITH_RULES) {
                return;
            }
            Matcher m = CREATES_FUNCTION.matcher(sql);
            while (m.find()) {
                assertThat(m.group(2))
                        .as(file + " defines function " + m.group(2) + ": a rule is defined (or changed) in its"
                                + " repeatable migration R__<module>_<function>.sql, which runs after every versioned"
                                + " one; only a helper of the migration itself may be defined, in pg_temp")
                        .startsWith("pg_temp.");
            }
            Matcher a = CHANGES_FUNCTION.matcher(sql);
            while (a.find()) {
                assertThat(rules)
                        .as(file + " alters function " + a.group(1) + ": change it in its repeatable migration")
                        .doesNotContain(a.group(1));
            }
            Matcher t = CREATES_TRIGGER.matcher(sql);
            while (t.find()) {
                assertThat(ruleTriggers)
                        .as(file + " creates trigger " + t.group(3) + ": it is kept with its function's rule")
                        .doesNotContain(t.group(3));
            }
        });
    }

    /** The functions that have a repeatable migration (retired ones included). */
    static Set<String> rules() throws IOException {
        return rules(false);
    }

    /** The functions in force: those whose repeatable migration defines them (not retired). */
    static Set<String> rulesInForce() throws IOException {
        return rules(true);
    }

    private static Set<String> rules(boolean inForceOnly) throws IOException {
        Set<String> rules = new LinkedHashSet<>();
        migrations(REPEATABLE).forEach((file, sql) -> {
            Matcher name = REPEATABLE.matcher(file);
            assertThat(name.matches()).isTrue();
            if (!inForceOnly || !retired(sql)) {
                rules.add(name.group(2));
            }
        });
        return rules;
    }

    /**
     * A rule retired: its file is kept (Flyway fails on an applied migration it no longer finds) and only drops the
     * function, which runs once on a database that had it and after the versioned migrations of a new one.
     */
    private static boolean retired(String sql) {
        return !CREATES_FUNCTION.matcher(sql).find()
                && sql.toLowerCase(Locale.ROOT).contains("drop function");
    }

    /** The repeatable migrations' file names. */
    static Set<String> repeatableFiles() throws IOException {
        return migrations(REPEATABLE).keySet();
    }

    /** The SQL migrations whose file name matches, by name, their comments left out. */
    private static Map<String, String> migrations(Pattern name) throws IOException {
        Map<String, String> found = new TreeMap<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql")) {
            String file = r.getFilename();
            if (file != null && name.matcher(file).matches()) {
                try (InputStream in = r.getInputStream()) {
                    String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(found.put(file, sql.replaceAll("--[^\\n]*", "")))
                            .as(file + " once on the classpath")
                            .isNull();
                }
            }
        }
        return found;
    }

    private static int version(String file) {
        Matcher m = VERSIONED.matcher(file);
        assertThat(m.matches()).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
