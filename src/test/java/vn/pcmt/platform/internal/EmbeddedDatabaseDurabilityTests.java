package vn.pcmt.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database keeps what it commits, unless told it is a throw-away one (the tests). */
class EmbeddedDatabaseDurabilityTests {

    @TempDir
    Path data;

    @Test
    void the_embedded_database_syncs_every_commit_to_disk_by_default() throws Exception {
        assertThat(settings(true)).isEqualTo("fsync=on synchronous_commit=on");
    }

    @Test
    void a_throw_away_database_may_skip_the_syncs() throws Exception {
        assertThat(settings(false)).isEqualTo("fsync=off synchronous_commit=off");
    }

    private String settings(boolean durable) throws Exception {
        var properties = new EmbeddedDatabaseProperties(
                data.resolve("pg"), Path.of(System.getProperty("java.io.tmpdir"), "pcmt-test-bin"), 0, true, durable);
        try (EmbeddedPostgres postgres = new EmbeddedDatabaseConfiguration().embeddedPostgres(properties);
                Connection connection = postgres.getPostgresDatabase().getConnection()) {
            return "fsync=" + show(connection, "fsync") + " synchronous_commit="
                    + show(connection, "synchronous_commit");
        }
    }

    private static String show(Connection connection, String setting) throws Exception {
        try (ResultSet rs = connection.createStatement().executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
