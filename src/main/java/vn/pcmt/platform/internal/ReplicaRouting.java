package vn.pcmt.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Chooses the pool a connection comes from when it is first used (behind a {@code LazyConnectionDataSourceProxy}, so
 * after the transaction has started and said whether it is read-only; ADR 059): the replica for a read-only
 * transaction started while a figure read is open on this thread ({@link #openFigureRead()}, by the
 * {@link vn.pcmt.platform.ReadsFigures} pages) and while the replica is fresh enough; the primary for everything else:
 * a transaction that may write, a read outside a figure page, work with no transaction (Flyway, the schedulers, the
 * sessions' own transactions), a lagging or unreachable replica.
 */
class ReplicaRouting extends AbstractRoutingDataSource implements AutoCloseable {

    enum Pool {
        PRIMARY,
        REPLICA
    }

    private static final Logger log = LoggerFactory.getLogger(ReplicaRouting.class);
    private static final ThreadLocal<Boolean> FIGURE_READ = new ThreadLocal<>();

    private final DataSource primary;
    private final DataSource replica;
    private final BooleanSupplier replicaFresh;

    ReplicaRouting(DataSource primary, DataSource replica, BooleanSupplier replicaFresh) {
        this.primary = primary;
        this.replica = replica;
        this.replicaFresh = replicaFresh;
        setTargetDataSources(Map.of(Pool.PRIMARY, primary, Pool.REPLICA, replica));
        setDefaultTargetDataSource(primary);
        setLenientFallback(false);
        afterPropertiesSet();
    }

    /** From here to {@link #closeFigureRead()}, read-only transactions started on this thread may read the replica. */
    static void openFigureRead() {
        FIGURE_READ.set(Boolean.TRUE);
    }

    static void closeFigureRead() {
        FIGURE_READ.remove();
    }

    static boolean figureReadOpen() {
        return FIGURE_READ.get() != null;
    }

    /** The pool the next connection of this thread comes from. */
    Pool choice() {
        return figureReadOpen()
                        && TransactionSynchronizationManager.isActualTransactionActive()
                        && TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                        && replicaFresh.getAsBoolean()
                ? Pool.REPLICA
                : Pool.PRIMARY;
    }

    @Override
    protected Object determineCurrentLookupKey() {
        return choice();
    }

    /**
     * A replica that stopped answering since the last measure of its lag: the read goes to the primary rather than
     * fail (until the next measure finds the replica stale, which takes at most {@code max-lag}).
     */
    @Override
    public Connection getConnection() throws SQLException {
        if (choice() == Pool.REPLICA) {
            try {
                return replica.getConnection();
            } catch (SQLException unreachable) {
                log.debug("Replica unreachable, figure read on the primary: {}", unreachable.getMessage());
            }
        }
        return primary.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pools hold their own credentials");
    }

    DataSource primary() {
        return primary;
    }

    DataSource replica() {
        return replica;
    }

    @Override
    public void close() {
        for (DataSource pool : new DataSource[] {replica, primary}) {
            if (pool instanceof HikariDataSource hikari) {
                hikari.close();
            }
        }
    }
}
