package vn.pcmt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pcmt.PcmtTest;

/**
 * The statements of the application's transactions are counted (ADR 064): the figure cache reuses its reading of the
 * scan counters only while no statement has run since, so a statement that escaped the count would make figures
 * record tables they did not read as unread, and keep them after a change to those tables.
 */
@PcmtTest
class StatementsTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void every_statement_of_a_transaction_is_counted_on_its_thread() {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("select 1").query(Integer.class).single();
            assertThat(Statements.counted())
                    .as("the transaction's connection counts its statements")
                    .isTrue();
            long before = Statements.count();
            jdbc.sql("select 2").query(Integer.class).single();
            jdbc.sql("select count(*) from admin_unit").query(Long.class).single();
            assertThat(Statements.count()).isEqualTo(before + 2);
        });
    }
}
