package vn.pcmt.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.pcmt.PcmtApplication;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitSearch;
import vn.pcmt.geo.UnitService;
import vn.pcmt.people.internal.SyntheticPeople;

/**
 * The application on an embedded database kept in {@code data/bench-pg} (survives {@code mvn clean}), filled once with a national synthetic
 * register of {@code bench.people} people spread over all 3,321 communes (with pre-2025 history), and the registers of
 * issues 17 and 18 ({@link SyntheticRegisters}: {@code bench.cases} drug crime cases, the rest in proportion).
 */
final class NationalRegister {

    private NationalRegister() {}

    static ConfigurableApplicationContext start() {
        return start(false, true);
    }

    /**
     * The application on the national register; with {@code demo}, Hưng Yên's demo data too (its accounts, its
     * plan, hotspots and localities); with {@code figureCache} false, every figure is computed at each call.
     */
    static ConfigurableApplicationContext start(boolean demo, boolean figureCache) {
        SpringApplication app = new SpringApplication(PcmtApplication.class);
        ConfigurableApplicationContext context = app.run(
                "--pcmt.db.embedded.data-directory=data/bench-pg",
                "--pcmt.db.embedded.binaries-directory=data/bench-pg-bin",
                "--pcmt.demo.enabled=" + demo,
                "--pcmt.figures.cache=" + figureCache,
                // the registers of issues 17 and 18 are the generator's for every province, Hưng Yên included
                // (SyntheticRegisters): the demo's own would double Hưng Yên's
                "--pcmt.demo.supply=false",
                "--pcmt.demo.facilities=false",
                "--pcmt.demo.outreach=false",
                "--pcmt.demo.substitution=false",
                "--server.port=0",
                "--logging.level.root=WARN",
                "--logging.level.vn.pcmt=INFO");
        int people = Integer.getInteger("bench.people", 300_000);
        fill(context, people);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        topUpEvents(jdbc, Long.getLong("bench.events", 3_000_000L));
        // bench.cases 0 (the profile's default): in proportion, 200,000 cases for 300,000 people
        int cases = Integer.getInteger("bench.cases", 0);
        SyntheticRegisters.fill(
                context.getBean(javax.sql.DataSource.class), cases > 0 ? cases : (int) (people * 2L / 3));
        // As autovacuum would have left a register in use: visibility maps set (index-only scans) and statistics
        // fresh after the bulk writes of the generator or of a migration. Quick when nothing changed.
        jdbc.sql("vacuum analyze").update();
        return context;
    }

    /** A second application on the database of a running one (its register already filled). */
    static ConfigurableApplicationContext attach(ConfigurableApplicationContext running, boolean figureCache) {
        String url = running.getBean(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class)
                .getJdbcUrl("postgres", "postgres");
        return new SpringApplication(PcmtApplication.class)
                .run(
                        "--pcmt.db.url=" + url,
                        "--pcmt.demo.enabled=false",
                        "--pcmt.figures.cache=" + figureCache,
                        "--server.port=0",
                        "--logging.level.root=WARN");
    }

    /**
     * Signs a demo account in for every thread of the benchmark (JMH may call set-up and benchmark methods from
     * different threads).
     */
    static void signIn(ConfigurableApplicationContext context, String username) {
        SecurityContextHolder.setStrategyName(SecurityContextHolder.MODE_GLOBAL);
        var details = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    private static void fill(ConfigurableApplicationContext context, int people) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long existing =
                jdbc.sql("select count(*) from person").query(Long.class).single();
        if (existing >= people) {
            report(jdbc);
            return;
        }
        UnitService units = context.getBean(UnitService.class);
        List<SyntheticPeople.Place> places = new ArrayList<>();
        LocalDate reform = LocalDate.of(2025, 7, 1);
        for (AdminUnit commune :
                units.search(new UnitSearch(UnitLevel.COMMUNE, reform, null, null), PageRequest.of(0, 4000))) {
            var olds = units.predecessors(commune);
            AdminUnit old = olds.isEmpty() ? null : olds.get(0).unit();
            places.add(new SyntheticPeople.Place(
                    commune.id(), old == null ? null : old.id(), old == null ? "01" : old.provinceCode()));
        }
        SyntheticPeople generator = context.getBean(SyntheticPeople.class);
        int batch = 20_000;
        for (long made = existing; made < people; made += batch) {
            generator.generate(places, (int) Math.min(batch, people - made), 7L + made, LocalDate.of(2026, 11, 1));
            System.out.printf("bench register: %d people%n", Math.min(made + batch, people));
        }
        jdbc.sql("analyze").update();
        report(jdbc);
    }

    /**
     * Brings the events to {@code target} with the routine contacts of people under management and post-rehab
     * management: a check-in every fortnight (every fourth a home visit) while the episode runs, up to 1/11/2026.
     */
    private static void topUpEvents(JdbcClient jdbc, long target) {
        long events =
                jdbc.sql("select count(*) from person_event").query(Long.class).single();
        if (events >= target) {
            return;
        }
        int added = jdbc.sql(
                        """
                        insert into person_event (person_id, kind, event_date, unit_id, officer)
                        select e.person_id, case when k % 4 = 0 then 'HOME_VISIT' else 'CHECK_IN' end,
                               e.start_date + k * 14, e.unit_id, 'demo'
                        from episode e cross join generate_series(1, 26) k
                        where e.deleted_at is null and e.kind in ('DRUG_USE_MANAGEMENT', 'POST_REHAB_MANAGEMENT')
                          and e.start_date + k * 14 <= least(coalesce(e.end_date, e.planned_end_date, date '2026-11-01'),
                                                             date '2026-11-01')
                        order by e.id, k
                        limit :missing
                        """)
                .param("missing", target - events)
                .update();
        jdbc.sql("analyze person_event").update();
        System.out.printf("bench register: %d routine contacts added%n", added);
        report(jdbc);
    }

    private static void report(JdbcClient jdbc) {
        System.out.printf(
                "bench register: %d people, %d residences, %d episodes, %d events%n",
                jdbc.sql("select count(*) from person").query(Long.class).single(),
                jdbc.sql("select count(*) from person_residence")
                        .query(Long.class)
                        .single(),
                jdbc.sql("select count(*) from episode").query(Long.class).single(),
                jdbc.sql("select count(*) from person_event").query(Long.class).single());
    }
}
