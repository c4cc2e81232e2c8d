package vn.pcmt.platform.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * With {@code pcmt.db.replica.url} set, the application's one {@link DataSource} is two Hikari pools, the primary's
 * (configured as without a replica: {@code spring.datasource.*}) and the replica's, behind a routing data source
 * that picks one when a transaction first uses its connection (ADR 059). Flyway, Hibernate's start, the sessions
 * (Spring Session JDBC, read-write transactions of their own), the schedulers and every transaction that may write
 * get the primary; only the read-only transactions of the {@link vn.pcmt.platform.ReadsFigures} pages read the
 * replica, while it is fresh. Without a replica this configuration is absent and Spring Boot's one pool is used as
 * before.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${pcmt.db.replica.url:}'.isBlank()")
class ReplicaConfiguration implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ReplicaConfiguration.class);

    private final ReplicaProperties replica;
    private final Clock clock;

    ReplicaConfiguration(ReplicaProperties replica, Clock clock) {
        this.replica = replica;
        this.clock = clock;
    }

    /**
     * The one data source of the application: the routing behind a lazy proxy, so that the pool is chosen at a
     * transaction's first statement. The pools and the routing are not beans: the health check and Hibernate see one
     * data source, the primary's when no figure read asks otherwise.
     */
    @Bean(destroyMethod = "close")
    RoutedDataSource dataSource(
            DataSourceProperties properties, ObjectProvider<JdbcConnectionDetails> details, Environment environment) {
        JdbcConnectionDetails primary = details.getIfAvailable(() -> new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return properties.determineUsername();
            }

            @Override
            public String getPassword() {
                return properties.determinePassword();
            }

            @Override
            public String getJdbcUrl() {
                return properties.determineUrl();
            }
        });
        HikariDataSource primaryPool = new HikariDataSource(
                pool(environment, "pcmt-primary", primary.getJdbcUrl(), primary.getUsername(), primary.getPassword()));
        boolean ownUser = replica.user() != null && !replica.user().isBlank();
        HikariConfig replicaConfig = pool(
                environment,
                "pcmt-replica",
                replica.url(),
                ownUser ? replica.user() : primary.getUsername(),
                ownUser ? replica.password() : primary.getPassword());
        replicaConfig.setMaximumPoolSize(replica.poolSize());
        replicaConfig.setMinimumIdle(Math.min(2, replica.poolSize()));
        replicaConfig.setReadOnly(true);
        // the application starts, and runs on the primary alone, while the replica is down
        replicaConfig.setInitializationFailTimeout(-1);
        replicaConfig.setConnectionTimeout(2_000);
        HikariDataSource replicaPool = new HikariDataSource(replicaConfig);
        ReplicaLag lag = new ReplicaLag(primaryPool, replicaPool, replica.maxLag(), replica.checkEvery()).start();
        log.info(
                "Figure pages read the replica {} while it is within {} ms of the primary (measured every {} ms),"
                        + " and not for {} ms after a session's write",
                replica.url(),
                replica.maxLag().toMillis(),
                replica.checkEvery().toMillis(),
                replica.afterWrite().toMillis());
        return new RoutedDataSource(new ReplicaRouting(primaryPool, replicaPool, lag::fresh), lag);
    }

    /** Closes the lag checks and both pools with the context. */
    static final class RoutedDataSource extends LazyConnectionDataSourceProxy implements AutoCloseable {
        private final ReplicaRouting routing;
        private final ReplicaLag lag;

        RoutedDataSource(ReplicaRouting routing, ReplicaLag lag) {
            super(routing);
            this.routing = routing;
            this.lag = lag;
        }

        @Override
        public void close() {
            lag.close();
            routing.close();
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new FigureReads(clock, replica.afterWrite()));
    }

    private static HikariConfig pool(Environment environment, String name, String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(config));
        config.setPoolName(name);
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.addDataSourceProperty("ApplicationName", name);
        return config;
    }
}
