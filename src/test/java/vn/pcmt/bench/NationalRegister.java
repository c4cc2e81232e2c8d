package vn.pcmt.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.pcmt.PcmtApplication;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitSearch;
import vn.pcmt.geo.UnitService;
import vn.pcmt.people.internal.SyntheticPeople;

/**
 * The application on an embedded database kept in {@code data/bench-pg} (survives {@code mvn clean}), filled once with a national synthetic
 * register of {@code bench.people} people spread over all 3,321 communes (with pre-2025 history).
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
                "--server.port=0",
                "--logging.level.root=WARN",
                "--logging.level.vn.pcmt=INFO");
        fill(context, Integer.getInteger("bench.people", 300_000));
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
