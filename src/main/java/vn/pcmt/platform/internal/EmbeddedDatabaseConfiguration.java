package vn.pcmt.platform.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL inside the application when no server is configured, so that
 * {@code ./mvnw spring-boot:run} needs nothing installed. See ADR 002.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${pcmt.db.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Files.createDirectories(properties.dataDirectory());
        Files.createDirectories(properties.binariesDirectory());
        StalePostmaster.stopIfRunning(properties.dataDirectory());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(properties.dataDirectory())
                .setCleanDataDirectory(properties.clean())
                .setOverrideWorkingDirectory(properties.binariesDirectory().toFile())
                .setPort(properties.port())
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("unix_socket_directories", "")
                // its data on local storage, mostly in memory: random reads cost little more than sequential ones
                // (PostgreSQL's default of 4 is for spinning disks; ADR 063)
                .setServerConfig("random_page_cost", "1.1");
        // zonky starts the server with -F (no fsync) and synchronous_commit off, fit for tests only: the
        // register of the application must survive a crash or a power cut (-c after -F wins)
        String durable = properties.durable() ? "on" : "off";
        builder.setServerConfig("fsync", durable).setServerConfig("synchronous_commit", durable);
        EmbeddedPostgres postgres = builder.start();
        log.info(
                "Embedded PostgreSQL started on port {} with data in {}{}",
                postgres.getPort(),
                properties.dataDirectory().toAbsolutePath().normalize(),
                properties.durable() ? "" : " (not durable: fsync and synchronous_commit off)");
        return postgres;
    }

    @Bean
    JdbcConnectionDetails embeddedConnectionDetails(EmbeddedPostgres postgres) {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }
}
