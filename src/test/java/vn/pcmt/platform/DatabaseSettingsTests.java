package vn.pcmt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcmt.PcmtTest;

/** The settings every connection of the pool is opened with (ADR 016). */
@PcmtTest
class DatabaseSettingsTests {

    @Autowired
    DataSource dataSource;

    /**
     * Every statement is planned for its own values: a prepared figure query run for one commune and then for the
     * country must never keep a generic plan.
     */
    @Test
    void everyConnectionPlansEachStatementForItsValues() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Connection c = dataSource.getConnection();
                held.add(c);
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("show plan_cache_mode")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("force_custom_plan");
                }
            }
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
    }
}
