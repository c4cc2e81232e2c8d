package vn.pcmt.geo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads the units of 2004–2025 (ADR 026): the versions of {@code classpath:admin-units/history/} before the official
 * list of 30/6/2025 loaded by version 2, their links (same code, or inferred, marked so), then rebuilds the coverage.
 * The rows of 30/6/2025 keep their ids and become the last version of each unit.
 */
@Component
class UnitHistoryMigration implements JavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(UnitHistoryMigration.class);

    static final String FILE = "history/unit_versions_2003_2025.csv";

    /** The tables written here that raise the register version (V23). */
    private static final java.util.List<String> BUMPED =
            java.util.List.of("admin_unit", "unit_succession", "unit_coverage");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("35");
    }

    @Override
    public String getDescription() {
        return "geo units 2004 to 2025";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        try (InputStream in = UnitHistoryMigration.class.getResourceAsStream("/admin-units/" + FILE)) {
            if (in == null) {
                throw new IOException("missing classpath resource admin-units/" + FILE);
            }
            crc.update(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement st = connection.createStatement()) {
            // The register version (V23) is bumped by a deferred trigger per row: ~200,000 calls at commit for the
            // rows written here, several seconds. Off while loading, and bumped once at the end.
            for (String table : BUMPED) {
                st.executeUpdate("alter table " + table + " disable trigger " + table + "_bumps_version");
            }
            st.executeUpdate("alter table unit_succession add column inferred boolean not null default false");
            st.executeUpdate("comment on column unit_succession.inferred is"
                    + " 'true: inferred from the snapshots of 2004-2025 (same code, or a unit that disappeared while"
                    + " one of the same parent appeared or changed), not an official link'");
        }
        long start = System.nanoTime();
        new UnitHistoryLoader(connection, UnitCatalogueFiles.read(FILE)).load();
        long loaded = System.nanoTime();
        UnitCoverageBuilder.rebuild(connection);
        LOG.info(
                "Units of 2004-2025: versions and links loaded in {} ms, coverage rebuilt in {} ms",
                (loaded - start) / 1_000_000,
                (System.nanoTime() - loaded) / 1_000_000);
        try (Statement st = connection.createStatement()) {
            for (String table : BUMPED) {
                st.executeUpdate("alter table " + table + " enable trigger " + table + "_bumps_version");
            }
            st.executeUpdate("update register_version set version = version + 1 where id = 1");
        }
    }
}
