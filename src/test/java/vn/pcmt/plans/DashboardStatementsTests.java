package vn.pcmt.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;

/**
 * What a plan dashboard asks the database: the statements the driver sends while the page of Hưng Yên's demo plan
 * (135/KH-UBND, a dozen targets each with its trend) is drawn, counted from the PostgreSQL driver's own log of the
 * messages it sends (every statement, whether from JPA or JDBC), once with the figures to compute and once with them
 * kept. The units a page is about are read once per transaction, not once per figure: the lookups of a unit by its
 * code stay a handful however many figures the page shows.
 */
@PcmtTest
class DashboardStatementsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void a_dashboard_reads_its_units_once_per_transaction_not_once_per_figure() throws Exception {
        clock.setToday(LocalDate.of(2026, 11, 30));
        long plan = jdbc.sql("select id from plan where province_code = '33' and template_code = 'HY-135-2025'"
                        + " and deleted_at is null order by id limit 1")
                .query(Long.class)
                .single();
        Logger driver = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
        Level before = driver.getLevel();
        Sent sent = new Sent(Thread.currentThread().getId());
        driver.setLevel(Level.FINEST);
        driver.addHandler(sent);
        Counted cold;
        Counted warm;
        try {
            // new connections, so that every statement is prepared (its text named) while the driver's log is read
            if (dataSource.isWrapperFor(com.zaxxer.hikari.HikariDataSource.class)) {
                dataSource
                        .unwrap(com.zaxxer.hikari.HikariDataSource.class)
                        .getHikariPoolMXBean()
                        .softEvictConnections();
            }
            mvc.perform(get("/units/picker").param("q", "Hưng").with(accounts.as("tinh")))
                    .andExpect(status().isOk());
            cold = counted(sent, plan);
            warm = counted(sent, plan);
        } finally {
            driver.removeHandler(sent);
            driver.setLevel(before);
        }
        System.out.printf(
                "[statements] plan dashboard: first %d (unit lookups %d, coverage checks %d), again %d (unit lookups %d,"
                        + " coverage checks %d)%n",
                cold.all(),
                cold.unitLookups(),
                cold.coverageChecks(),
                warm.all(),
                warm.unitLookups(),
                warm.coverageChecks());
        warm.byQuery().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(12)
                .forEach(e -> System.out.println("[statements] again " + e.getValue() + " x " + e.getKey()));
        cold.byQuery().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(12)
                .forEach(e -> System.out.println("[statements] first " + e.getValue() + " x " + e.getKey()));
        // before the units were kept per version: 253 lookups by code and 234 coverage checks each time (ADR 060)
        assertThat(warm.all()).isLessThanOrEqualTo(cold.all());
        assertThat(warm.unitLookups()).isLessThanOrEqualTo(10);
        assertThat(warm.coverageChecks()).isLessThanOrEqualTo(10);
        // the registers' scan counters (ADR 063) are read again only when a statement has run since they were last
        // read (ADR 064): never twice in a row
        assertThat(cold.scanReads()).as("scan counters read on the first view").isPositive();
        assertThat(cold.scanReadsInARow())
                .as("scan counters read twice in a row")
                .isZero();
    }

    /** The statements sent while the dashboard is drawn. */
    private Counted counted(Sent sent, long plan) throws Exception {
        sent.start();
        mvc.perform(get("/plans/" + plan + "/dashboard").with(accounts.as("tinh")))
                .andExpect(status().isOk());
        return sent.counted();
    }

    private record Counted(
            int all,
            int unitLookups,
            int coverageChecks,
            Map<String, Integer> byQuery,
            int scanReads,
            int scanReadsInARow) {}

    /**
     * The driver's log of the messages it sends on this thread: a statement is an Execute, of the text its Parse
     * named (a statement prepared on the server is bound again by name, without a Parse).
     */
    private static final class Sent extends Handler {
        private static final java.util.logging.Formatter FORMAT = new java.util.logging.SimpleFormatter();
        private final long thread;
        private final Map<String, String> prepared = new HashMap<>();
        private final List<String> executed = new ArrayList<>();
        private String lastParsed;
        private String bound;
        private boolean counting;

        Sent(long thread) {
            this.thread = thread;
            setLevel(Level.ALL);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (record.getLongThreadID() != thread || record.getMessage() == null) {
                return;
            }
            String message = FORMAT.formatMessage(record).strip();
            if (message.startsWith("FE=> Parse(stmt=")) {
                String name = message.substring("FE=> Parse(stmt=".length(), message.indexOf(','));
                int start = message.indexOf("query=\"") + "query=\"".length();
                int end = message.lastIndexOf("\",oids=");
                lastParsed = message.substring(start, end < start ? message.length() : end);
                prepared.put(name, lastParsed);
            } else if (message.startsWith("FE=> Bind(stmt=")) {
                String name = message.substring("FE=> Bind(stmt=".length(), message.indexOf(','));
                bound = "null".equals(name) ? lastParsed : prepared.getOrDefault(name, lastParsed);
            } else if (counting && message.startsWith("FE=> Execute(")) {
                executed.add(bound == null ? "?" : bound);
            }
        }

        synchronized void start() {
            executed.clear();
            counting = true;
        }

        synchronized Counted counted() {
            counting = false;
            Map<String, Integer> byQuery = new HashMap<>();
            executed.forEach(q -> byQuery.merge(q.length() > 90 ? q.substring(0, 90) : q, 1, Integer::sum));
            int units = (int) executed.stream()
                    .filter(q -> q.contains("from admin_unit u where u.level = $1 and u.code = $2"))
                    .count();
            int coverage = (int) executed.stream()
                    .filter(q -> q.contains("unit_coverage") && q.contains("ancestor_id = $1"))
                    .count();
            int scanReads = 0;
            int inARow = 0;
            boolean last = false;
            for (String q : executed) {
                boolean read = q.contains("pg_stat_get_xact_numscans");
                if (read) {
                    scanReads++;
                    if (last) {
                        inARow++;
                    }
                }
                last = read;
            }
            return new Counted(executed.size(), units, coverage, byQuery, scanReads, inARow);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
