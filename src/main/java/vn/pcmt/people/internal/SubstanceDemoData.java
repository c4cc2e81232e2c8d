package vn.pcmt.people.internal;

import java.util.List;
import java.util.Random;
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
        List<long[]> rows = jdbc.sql("select e.id, (exists (select 1 from episode s where s.person_id = e.person_id"
                        + " and s.kind = 'SUBSTITUTION_TREATMENT' and s.deleted_at is null))::int" + demo
                        + " order by e.id")
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        Random random = new Random(2044);
        for (long[] row : rows) {
            String substances = row[1] == 1 ? "HEROIN" : OTHERS.get(random.nextInt(OTHERS.size()));
            jdbc.sql("update episode set substances = :s where id = :id")
                    .param("s", substances)
                    .param("id", row[0])
                    .update();
        }
        log.info("Demo register: substances on {} determinations of addiction", rows.size());
    }
}
