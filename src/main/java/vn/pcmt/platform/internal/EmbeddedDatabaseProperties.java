package vn.pcmt.platform.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL started when no database server is configured ({@code pcmt.db.url} blank).
 *
 * @param dataDirectory where the cluster keeps its files; survives restarts unless {@code clean}
 * @param binariesDirectory where the PostgreSQL binaries are unpacked
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param clean wipe the data directory at start (tests)
 * @param durable every commit reaches the disk ({@code fsync} and {@code synchronous_commit} on); off only for
 *     throw-away databases (the test profile), where a crash may lose the last commits or the whole cluster
 */
@ConfigurationProperties("pcmt.db.embedded")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/pg") Path dataDirectory,
        @DefaultValue("./data/pg-bin") Path binariesDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean,
        @DefaultValue("true") boolean durable) {}
