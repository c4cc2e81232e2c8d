package vn.pcmt.geo.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Dates the coverage (ADR 034): {@code unit_coverage.since}, the date from which a unit reached through a succession
 * lies in its ancestor, and {@code ancestor_from}, the ancestor's first day; tightens the commune links V35 inferred
 * ({@link InferredCommuneLinks}); then rebuilds the coverage with them.
 */
@Component
class UnitCoverageDatesMigration implements JavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(UnitCoverageDatesMigration.class);

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("58");
    }

    @Override
    public String getDescription() {
        return "geo coverage dates";
    }

    @Override
    public Integer getChecksum() {
        return 34;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement st = connection.createStatement()) {
            // the register version's per-row trigger (V23) off while rebuilding, one bump at the end (as V35)
            st.executeUpdate("alter table unit_coverage disable trigger unit_coverage_bumps_version");
            st.executeUpdate("alter table unit_succession disable trigger unit_succession_bumps_version");
            st.executeUpdate("alter table unit_coverage add column since date, add column ancestor_from date");
            st.executeUpdate("comment on column unit_coverage.since is 'the date from which the unit lies in the"
                    + " ancestor: the latest succession on the earliest path to it; null when always (beneath only, or"
                    + " not after ancestor_from). Figures of a date before it leave the unit out (ADR 034);"
                    + " jurisdiction ignores it'");
            st.executeUpdate("comment on column unit_coverage.ancestor_from is 'the ancestor''s valid_from: a record"
                    + " dated before the ancestor began counts in it whatever since says (its territory, ADR 034)'");
        }
        long start = System.nanoTime();
        try (Statement st = connection.createStatement()) {
            // statistics of the units just loaded in this same transaction (V33's history, V35's links), which
            // autovacuum cannot see yet: planned without them, the candidates' query below joined the 17,000 communes
            // by nested loops and ran five minutes on a new embedded database (0.6 s with them)
            st.executeUpdate("analyze admin_unit, unit_succession, unit_coverage");
        }
        int dropped = InferredCommuneLinks.tighten(connection);
        UnitCoverageBuilder.rebuild(connection);
        LOG.info(
                "Inferred commune links: {} dropped; coverage rebuilt with its dates in {} ms",
                dropped,
                (System.nanoTime() - start) / 1_000_000);
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("alter table unit_coverage enable trigger unit_coverage_bumps_version");
            st.executeUpdate("alter table unit_succession enable trigger unit_succession_bumps_version");
            st.executeUpdate("update register_version set version = version + 1 where id = 1");
        }
    }
}
