package vn.pcmt.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitSearch;
import vn.pcmt.geo.UnitService;
import vn.pcmt.platform.ConditionalOnDemoData;

/**
 * About 2,000 synthetic people in Hưng Yên (embedded mode only), a good share in Phường Phố Hiến and Xã Tân Hưng
 * so that the demo accounts see something, with history in the pre-2025 communes.
 */
@Component
@ConditionalOnDemoData
@Order(50)
class PeopleDemoData implements ApplicationRunner {

    static final int PEOPLE = 2000;

    private static final Logger log = LoggerFactory.getLogger(PeopleDemoData.class);

    private final SyntheticPeople generator;
    private final UnitService units;
    private final JdbcClient jdbc;
    private final Clock clock;

    PeopleDemoData(SyntheticPeople generator, UnitService units, JdbcClient jdbc, Clock clock) {
        this.generator = generator;
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from person where created_by = 'demo'")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        LocalDate reform = LocalDate.of(2025, 7, 1);
        List<SyntheticPeople.Place> places = new ArrayList<>();
        for (AdminUnit commune :
                units.search(new UnitSearch(UnitLevel.COMMUNE, reform, "33", null), PageRequest.of(0, 200))) {
            var olds = units.predecessors(commune);
            int weight = commune.code().equals("11953") || commune.code().equals("11977") ? 12 : 1;
            for (int w = 0; w < weight; w++) {
                for (var old : olds) {
                    places.add(new SyntheticPeople.Place(
                            commune.id(), old.unit().id(), old.unit().provinceCode()));
                }
            }
        }
        int made = generator.generate(places, PEOPLE, 2026L, LocalDate.now(clock));
        log.info("Demo register: {} synthetic people in Hưng Yên", made);
    }
}
