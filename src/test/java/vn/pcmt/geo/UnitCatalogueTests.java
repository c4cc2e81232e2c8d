package vn.pcmt.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.pcmt.PcmtTest;

/** The official lists as loaded: counts on each date, codes reused across the reform, the 2026 changes. */
@PcmtTest
class UnitCatalogueTests {

    private static final LocalDate LAST_DAY_BEFORE_REFORM = LocalDate.of(2025, 6, 30);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @Autowired
    UnitService units;

    @Test
    void before_the_reform_there_are_63_provinces_696_districts_and_10035_communes() {
        assertThat(count(UnitLevel.PROVINCE, LAST_DAY_BEFORE_REFORM)).isEqualTo(63);
        assertThat(count(UnitLevel.DISTRICT, LAST_DAY_BEFORE_REFORM)).isEqualTo(696);
        assertThat(count(UnitLevel.COMMUNE, LAST_DAY_BEFORE_REFORM)).isEqualTo(10_035);
    }

    @Test
    void from_1_july_2025_there_are_34_provinces_3321_communes_and_no_districts() {
        assertThat(count(UnitLevel.PROVINCE, REFORM)).isEqualTo(34);
        assertThat(count(UnitLevel.DISTRICT, REFORM)).isZero();
        assertThat(count(UnitLevel.COMMUNE, REFORM)).isEqualTo(3_321);
    }

    @Test
    void the_current_list_still_has_34_provinces_and_3321_communes() {
        LocalDate current = LocalDate.of(2026, 4, 30);
        assertThat(count(UnitLevel.PROVINCE, current)).isEqualTo(34);
        assertThat(count(UnitLevel.COMMUNE, current)).isEqualTo(3_321);
    }

    @Test
    void a_code_names_different_units_before_and_after_the_reform() {
        assertThat(units.find("11953", LAST_DAY_BEFORE_REFORM).orElseThrow().fullName())
                .isEqualTo("Phường Hiến Nam");
        assertThat(units.find("11953", REFORM).orElseThrow().fullName()).isEqualTo("Phường Phố Hiến");
        assertThat(units.versions("11953")).hasSize(2);
    }

    @Test
    void dong_nai_became_a_city_on_30_april_2026_and_its_earlier_version_is_its_predecessor() {
        AdminUnit before = units.find("75", LocalDate.of(2026, 4, 29)).orElseThrow();
        AdminUnit after = units.find("75", LocalDate.of(2026, 4, 30)).orElseThrow();
        assertThat(before.fullName()).isEqualTo("Tỉnh Đồng Nai");
        assertThat(after.fullName()).isEqualTo("Thành phố Đồng Nai");
        assertThat(units.predecessors(after)).extracting(l -> l.unit().id()).contains(before.id());
        assertThat(units.children(after, LocalDate.of(2026, 5, 1)))
                .hasSize(units.children(before, REFORM).size());
    }

    @Test
    void ten_communes_of_dong_nai_became_wards_on_30_april_2026() {
        for (String code :
                List.of("25270", "25357", "25363", "26116", "26170", "26248", "26326", "26368", "26425", "26485")) {
            assertThat(units.find(code, LocalDate.of(2026, 4, 29)).orElseThrow().unitType())
                    .isEqualTo("Xã");
            assertThat(units.find(code, LocalDate.of(2026, 4, 30)).orElseThrow().unitType())
                    .isEqualTo("Phường");
        }
    }

    @Test
    void hung_yen_has_104_communes_after_the_reform_and_two_former_provinces_before() {
        AdminUnit hungYen = units.find("33", REFORM).orElseThrow();
        assertThat(units.children(hungYen, REFORM)).hasSize(104);
        assertThat(units.predecessors(hungYen))
                .extracting(l -> l.unit().fullName())
                .containsExactly("Tỉnh Hưng Yên", "Tỉnh Thái Bình");
    }

    @Test
    void before_the_reform_a_province_has_districts_beneath_it_and_districts_have_communes() {
        AdminUnit oldHungYen = units.find("33", LAST_DAY_BEFORE_REFORM).orElseThrow();
        List<AdminUnit> districts = units.children(oldHungYen, LAST_DAY_BEFORE_REFORM);
        assertThat(districts).isNotEmpty().allMatch(d -> d.level() == UnitLevel.DISTRICT);
        AdminUnit city = units.find("323", LAST_DAY_BEFORE_REFORM).orElseThrow();
        assertThat(units.children(city, LAST_DAY_BEFORE_REFORM))
                .extracting(AdminUnit::fullName)
                .contains("Phường Hiến Nam", "Xã Phương Nam");
    }

    private long count(UnitLevel level, LocalDate date) {
        return units.search(new UnitSearch(level, date, null, null), PageRequest.of(0, 1))
                .getTotalElements();
    }
}
