package vn.pcmt.platform.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A streaming replica of the primary for the figure reads (ADR 059). Blank {@code url}: no replica, every read on the
 * primary.
 *
 * @param url JDBC URL of the hot standby, e.g. {@code jdbc:postgresql://db-replica:5432/pcmt}
 * @param user its user; blank: the primary's
 * @param password its password; blank with a blank user: the primary's
 * @param poolSize connections kept to the replica by each instance
 * @param maxLag the replica is read while its lag, measured every {@code checkEvery}, is at most this
 * @param checkEvery how often each instance measures the lag
 * @param afterWrite a session that wrote reads its figures on the primary for this long after the write
 */
@ConfigurationProperties("pcmt.db.replica")
public record ReplicaProperties(
        String url,
        String user,
        String password,
        @DefaultValue("10") int poolSize,
        @DefaultValue("1s") Duration maxLag,
        @DefaultValue("250ms") Duration checkEvery,
        @DefaultValue("3s") Duration afterWrite) {}
