package vn.pcmt.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.HandlerMethod;
import vn.pcmt.PcmtTest;
import vn.pcmt.platform.ReadsFigures;

/**
 * The routing of ADR 059 at the level of its decision: which pool serves a connection. There is no streaming replica
 * in the test suite, so both pools here point at the test database; they are told apart by their
 * {@code application_name}, which each statement reads back, so every assertion says which pool was used, not what
 * the data were. The real replica (WAL streaming, lag, {@code pg_is_in_recovery()}) is tested by
 * {@code bench/replica.sh}.
 */
@PcmtTest
class ReplicaRoutingTests {

    @Autowired
    JdbcConnectionDetails database;

    HikariDataSource primary;
    HikariDataSource replica;
    final AtomicBoolean fresh = new AtomicBoolean(true);
    JdbcTemplate jdbc;
    TransactionTemplate readOnly;
    TransactionTemplate readWrite;

    @BeforeEach
    void pools() {
        primary = pool("test-primary", database.getJdbcUrl());
        replica = pool("test-replica", database.getJdbcUrl());
        LazyConnectionDataSourceProxy dataSource =
                new LazyConnectionDataSourceProxy(new ReplicaRouting(primary, replica, fresh::get));
        jdbc = new JdbcTemplate(dataSource);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readWrite = new TransactionTemplate(transactions);
    }

    @AfterEach
    void close() {
        ReplicaRouting.closeFigureRead();
        primary.close();
        replica.close();
    }

    @Test
    void a_read_only_transaction_of_a_figure_read_goes_to_the_replica() {
        ReplicaRouting.openFigureRead();
        assertThat(served(readOnly)).isEqualTo("test-replica");
        // the whole transaction stays on the connection it started with
        assertThat(within(readOnly, () -> pool() + "," + pool())).isEqualTo("test-replica,test-replica");
    }

    @Test
    void everything_else_goes_to_the_primary() {
        // a read-only transaction outside a figure page (a form, a list, the login)
        assertThat(served(readOnly)).isEqualTo("test-primary");
        ReplicaRouting.openFigureRead();
        // a transaction that may write, inside a figure page
        assertThat(served(readWrite)).isEqualTo("test-primary");
        // no transaction (Flyway, schedulers)
        assertThat(pool()).isEqualTo("test-primary");
        // a write nested in a figure read's read-only transaction: a transaction of its own, on the primary
        TransactionTemplate nested = new TransactionTemplate(readWrite.getTransactionManager());
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        assertThat(within(readOnly, () -> pool() + "," + served(nested) + "," + pool()))
                .isEqualTo("test-replica,test-primary,test-replica");
        ReplicaRouting.closeFigureRead();
        assertThat(served(readOnly)).isEqualTo("test-primary");
    }

    @Test
    void a_replica_that_lags_is_not_read() {
        ReplicaRouting.openFigureRead();
        fresh.set(false);
        assertThat(served(readOnly)).isEqualTo("test-primary");
        fresh.set(true);
        assertThat(served(readOnly)).isEqualTo("test-replica");
    }

    @Test
    void a_replica_that_stopped_answering_since_its_last_measure_is_replaced_by_the_primary() {
        try (HikariDataSource nowhere = pool("test-nowhere", "jdbc:postgresql://127.0.0.1:1/none")) {
            LazyConnectionDataSourceProxy dataSource =
                    new LazyConnectionDataSourceProxy(new ReplicaRouting(primary, nowhere, () -> true));
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            TransactionTemplate readOnly = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            readOnly.setReadOnly(true);
            ReplicaRouting.openFigureRead();
            assertThat(within(
                            readOnly,
                            () -> jdbc.queryForObject("select current_setting('application_name')", String.class)))
                    .isEqualTo("test-primary");
        }
    }

    @Test
    void the_lag_is_the_time_since_the_last_primary_position_the_replica_has_replayed() {
        ReplicaLag lag = new ReplicaLag(primary, replica, Duration.ofMillis(500), Duration.ofMillis(250));
        long s = TimeUnit.SECONDS.toNanos(1);
        assertThat(lag.fresh(0)).as("never measured").isFalse();
        lag.noted(10 * s, 1000);
        lag.replayed(1000, 10 * s + s / 100);
        assertThat(lag.fresh(10 * s + s / 10)).isTrue();
        // the replica covers up to 10 s: at 10.6 s a read there may miss 600 ms of commits
        assertThat(lag.fresh(10 * s + 6 * s / 10)).isFalse();
        // the primary moved on (2000 at 11 s, 3000 at 11.25 s); the replica replayed 2500: it covers 11 s
        lag.noted(11 * s, 2000);
        lag.noted(11 * s + s / 4, 3000);
        lag.replayed(2500, 11 * s + s / 4 + s / 100);
        assertThat(lag.fresh(11 * s + s / 4 + s / 100)).isTrue();
        assertThat(lag.fresh(11 * s + s / 2 + s / 100)).isFalse();
        // an idle primary: the replica has everything noted, however old the last commit
        lag.noted(20 * s, 3000);
        lag.replayed(3000, 20 * s + s / 100);
        assertThat(lag.fresh(20 * s + s / 10)).isTrue();
        // a replica stuck behind: it never becomes fresh again by itself
        lag.noted(21 * s, 4000);
        lag.replayed(3000, 21 * s + s / 100);
        assertThat(lag.fresh(21 * s)).isFalse();
    }

    @Test
    void a_server_not_in_recovery_is_not_behind_and_an_unreachable_one_is_never_fresh() throws SQLException {
        ReplicaLag same = new ReplicaLag(primary, replica, Duration.ofMillis(500), Duration.ofMillis(250));
        same.check();
        assertThat(same.fresh()).isTrue();
        try (HikariDataSource nowhere = pool("test-nowhere", "jdbc:postgresql://127.0.0.1:1/none")) {
            ReplicaLag down = new ReplicaLag(primary, nowhere, Duration.ofMillis(500), Duration.ofMillis(250));
            try {
                down.check();
            } catch (SQLException expected) {
                // what the checking thread logs
            }
            assertThat(down.fresh()).isFalse();
            assertThat(down.lag()).isNull();
        }
    }

    @Test
    void a_figure_page_opens_a_figure_read_unless_its_session_has_just_written() throws Exception {
        Instant start = Instant.parse("2026-06-01T03:00:00Z");
        Clock at = Clock.fixed(start, ZoneOffset.UTC);
        FigureReads reads = new FigureReads(at, Duration.ofSeconds(3));
        HandlerMethod figures = new HandlerMethod(new Pages(), Pages.class.getDeclaredMethod("dashboard"));
        HandlerMethod form = new HandlerMethod(new Pages(), Pages.class.getDeclaredMethod("form"));

        MockHttpServletRequest get = new MockHttpServletRequest("GET", "/dashboard");
        reads.preHandle(get, new MockHttpServletResponse(), figures);
        assertThat(ReplicaRouting.figureReadOpen()).isTrue();
        reads.afterCompletion(get, new MockHttpServletResponse(), figures, null);
        assertThat(ReplicaRouting.figureReadOpen()).isFalse();

        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/form");
        reads.preHandle(page, new MockHttpServletResponse(), form);
        assertThat(ReplicaRouting.figureReadOpen()).as("not a figure page").isFalse();

        // a write in the session: its figures are read on the primary for 3 s
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/form");
        post.getSession(true);
        reads.postHandle(post, new MockHttpServletResponse(), form, null);
        assertThat(post.getSession().getAttribute(FigureReads.LAST_WRITE)).isEqualTo(start.toEpochMilli());
        assertThat(opens(reads, post, figures, start.plusMillis(2_999))).isFalse();
        assertThat(opens(reads, post, figures, start.plusMillis(3_000))).isTrue();
        // another session is not held back by this one's write
        assertThat(opens(new FigureReads(at, Duration.ofSeconds(3)), new MockHttpServletRequest(), figures, start))
                .isTrue();
    }

    private static boolean opens(FigureReads reads, MockHttpServletRequest after, HandlerMethod handler, Instant now)
            throws Exception {
        FigureReads later = new FigureReads(Clock.fixed(now, ZoneOffset.UTC), Duration.ofSeconds(3));
        MockHttpServletRequest get = new MockHttpServletRequest("GET", "/dashboard");
        get.setSession(
                after.getSession() == null ? new org.springframework.mock.web.MockHttpSession() : after.getSession());
        later.preHandle(get, new MockHttpServletResponse(), handler);
        boolean open = ReplicaRouting.figureReadOpen();
        later.afterCompletion(get, new MockHttpServletResponse(), handler, null);
        return open;
    }

    static class Pages {
        @ReadsFigures
        void dashboard() {}

        void form() {}
    }

    private static String within(TransactionTemplate transaction, java.util.function.Supplier<String> work) {
        return transaction.execute(s -> work.get());
    }

    private String served(TransactionTemplate transaction) {
        return transaction.execute(s -> pool());
    }

    private String pool() {
        return jdbc.queryForObject("select current_setting('application_name')", String.class);
    }

    private HikariDataSource pool(String name, String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(database.getUsername());
        config.setPassword(database.getPassword());
        config.setMaximumPoolSize(2);
        config.setPoolName(name);
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(1_000);
        config.addDataSourceProperty("ApplicationName", name);
        return new HikariDataSource(config);
    }
}
