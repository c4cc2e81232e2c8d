package vn.pcmt.platform.internal;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.pcmt.platform.ConditionalOnDemoData;

/**
 * Once the demo data are in (their runners come first), the planner gets statistics of every table, as autovacuum
 * would give a database in use (ADR 042). Without them PostgreSQL plans the freshly filled tables as empty: the work
 * list's queries, on the home page every login lands on, took seconds each instead of milliseconds; and autovacuum,
 * when it runs at all (it is off on some servers), analyses only a minute later.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnDemoData
class DemoDataStatistics {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ApplicationRunner analyzeAfterDemoData(JdbcClient jdbc) {
        return args -> jdbc.sql("analyze").update();
    }
}
