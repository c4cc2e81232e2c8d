package vn.pcmt;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tests start from an empty schema, whether the database is embedded or the machine's server. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }

    /**
     * Once the demo data are in (the runners of the demo data come first), the planner gets statistics of every
     * table, as autovacuum would give a database in use (ADR 042). Without them PostgreSQL plans the freshly filled
     * tables as empty: the work list's queries, on the home page every login lands on, took seconds each instead of
     * milliseconds; and autovacuum, when it runs at all (it is off on some servers), analyses only a minute later.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ApplicationRunner analyzeAfterDemoData(JdbcClient jdbc) {
        return args -> jdbc.sql("analyze").update();
    }
}
