package vn.pcmt.people.internal;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pcmt.legal.LegalRuleSuperseded;

/**
 * Computes the art. 256a flags of stored positive tests again through {@link Penal256a}, so that every changed flag
 * is an audited revision (by "system"): once at start when a migration asked for it (row {@code PENAL_256A_FLAGS} of
 * {@code pending_recompute}, written by V32 when the four windows replaced the single one), after the demo data;
 * and, inside the administrator's transaction, for the tests dated from a new version of a window rule.
 */
@Component
@Order(100)
public class Penal256aRecompute implements ApplicationRunner {

    static final String TASK = "PENAL_256A_FLAGS";

    private static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(Penal256aRecompute.class);

    private final Penal256a penal256a;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    Penal256aRecompute(Penal256a penal256a, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.penal256a = penal256a;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from pending_recompute where name = :n")
                        .param("n", TASK)
                        .query(Long.class)
                        .single()
                == 0) {
            return;
        }
        int changed = recomputeFrom(null);
        jdbc.sql("delete from pending_recompute where name = :n")
                .param("n", TASK)
                .update();
        log.info("Article 256a flags computed again: {} tests changed", changed);
    }

    /** A window of art. 256a has a new version: tests dated from then are judged again. */
    @EventListener
    void ruleChanged(LegalRuleSuperseded change) {
        boolean window = java.util.Arrays.stream(Penal256aWindow.values()).anyMatch(w -> w.rule() == change.code());
        if (window) {
            List<Long> people = peopleWithPositiveTests(change.from());
            for (int i = 0; i < people.size(); i += BATCH) {
                penal256a.refresh(people.subList(i, Math.min(people.size(), i + BATCH)));
            }
        }
    }

    /** Every person with a positive (or flagged) test from {@code from} (all when null), a transaction a batch. */
    int recomputeFrom(LocalDate from) {
        List<Long> people = peopleWithPositiveTests(from);
        int changed = 0;
        for (int i = 0; i < people.size(); i += BATCH) {
            List<Long> batch = people.subList(i, Math.min(people.size(), i + BATCH));
            Integer done = transaction.execute(status -> penal256a.refresh(batch));
            changed += done == null ? 0 : done;
        }
        return changed;
    }

    private List<Long> peopleWithPositiveTests(LocalDate from) {
        return jdbc.sql("select distinct person_id from person_event where deleted_at is null"
                        + " and kind = 'DRUG_TEST' and (result = 'POSITIVE' or flag_256a)"
                        + " and event_date >= :from order by person_id")
                .param("from", from == null ? LocalDate.of(1900, 1, 1) : from)
                .query(Long.class)
                .list();
    }
}
