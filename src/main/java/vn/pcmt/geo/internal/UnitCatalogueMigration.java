package vn.pcmt.geo.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Loads the official unit lists shipped in {@code classpath:admin-units/} (copied from the statistics
 * office's lists, see the README there): the 3-tier units until 30/6/2025, the 2-tier units from 1/7/2025,
 * the changes of 30/4/2026, and the official old→new table as succession links. Then builds the coverage
 * table. A migration, so it runs once per database, inside Flyway's transaction.
 */
@Component
class UnitCatalogueMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        return "geo load official units";
    }

    @Override
    public Integer getChecksum() {
        return UnitCatalogueFiles.checksum();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        UnitCatalogueWriter writer = new UnitCatalogueWriter(connection);
        writer.loadPre2025();
        writer.load2025();
        writer.loadChangesOf(UnitCatalogueFiles.CURRENT_FROM);
        writer.linkSuccessions();
        UnitCoverageBuilder.rebuild(connection);
    }
}
