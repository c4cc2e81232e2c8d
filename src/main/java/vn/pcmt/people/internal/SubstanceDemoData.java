package vn.pcmt.people.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.platform.ConditionalOnDemoData;

/**
 * The substances of the demo determinations of addiction (ADR 044): heroin for the people the demo also treats with
 * methadone, and for the others mostly heroin or opium, else methamphetamine or a mix, so that "opioid addicts" (HY10)
 * has a real value. Once; off in tests with the substitution demo ({@code pcmt.demo.substitution=false}).
 */
@Component
@ConditionalOnDemoData
@ConditionalOnProperty(name = "pcmt.demo.substitution", havingValue = "true", matchIfMissing = true)
@Order(55)
class SubstanceDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SubstanceDemoData.class);

    private static final List<String> OTHERS = List.of(
            "HEROIN",
            "HEROIN",
            "HEROIN",
            "OPIUM",
            "METHAMPHETAMINE",
            "METHAMPHETAMINE",
            "HEROIN,METHAMPHETAMINE",
            "CANNABIS,METHAMPHETAMINE",
            "KETAMINE,METHAMPHETAMINE",
            "ATS");

    private final JdbcClient jdbc;

    SubstanceDemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String demo = " from episode e join person p on p.id = e.person_id and p.created_by = 'demo'"
                + " where e.kind = 'ADDICTION_DETERMINATION' and e.result is not null and e.deleted_at is null";
        if (jdbc.sql("select count(*)" + demo + " and e.substances is not null")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        // one statement: the statuses are recomputed once for all rows (a statement trigger), not once per row
        // the codes are constants of this class, never user input
        String others = OTHERS.stream().map(c -> "'" + c + "'").collect(java.util.stream.Collectors.joining(","));
        int updated = jdbc.sql("update episode e set substances = case when exists (select 1 from episode s"
                        + " where s.person_id = e.person_id and s.kind = 'SUBSTITUTION_TREATMENT'"
                        + " and s.deleted_at is null) then 'HEROIN' else (array[" + others
                        + "])[1 + (e.id % :n)::int] end"
                        + " from person p where p.id = e.person_id and p.created_by = 'demo'"
                        + " and e.kind = 'ADDICTION_DETERMINATION' and e.result is not null and e.deleted_at is null")
                .param("n", OTHERS.size())
                .update();
        log.info("Demo register: substances on {} determinations of addiction", updated);
    }
}
