package vn.pcmt.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcmt.PcmtTest;
import vn.pcmt.geo.internal.UnitComposition;
import vn.pcmt.geo.internal.UnitPeriod;

/** Predecessors and successors from the official old→new table, and the composition of a unit over time. */
@PcmtTest
class UnitSuccessionTests {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @Autowired
    UnitService units;

    @Autowired
    UnitComposition composition;

    @Test
    void pho_hien_was_formed_from_six_whole_communes() {
        AdminUnit phoHien = units.find("11953", REFORM).orElseThrow();
        List<UnitLink> predecessors = units.predecessors(phoHien);
        assertThat(predecessors)
                .extracting(l -> l.unit().fullName())
                .containsExactlyInAnyOrder(
                        "Phường Hiến Nam",
                        "Phường An Tảo",
                        "Phường Lê Lợi",
                        "Phường Minh Khai",
                        "Xã Trung Nghĩa",
                        "Xã Liên Phương");
        assertThat(predecessors).noneMatch(UnitLink::partial);
        assertThat(predecessors).allMatch(l -> l.effectiveDate().equals(REFORM));
    }

    @Test
    void a_commune_formed_from_part_of_an_old_one_is_flagged_partial() {
        AdminUnit sonNam = units.find("11983", REFORM).orElseThrow();
        assertThat(units.predecessors(sonNam))
                .filteredOn(l -> l.unit().code().equals("12322"))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.unit().fullName()).isEqualTo("Xã Ngọc Thanh");
                    assertThat(l.partial()).isTrue();
                });
    }

    @Test
    void an_old_commune_split_between_two_new_ones_has_two_partial_successors() {
        AdminUnit oldLacDao = units.find("11989", REFORM.minusDays(1)).orElseThrow();
        assertThat(units.successors(oldLacDao))
                .extracting(l -> l.unit().fullName(), UnitLink::partial)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Xã Lạc Đạo", true),
                        org.assertj.core.groups.Tuple.tuple("Xã Đại Đồng", true));
    }

    @Test
    void island_districts_without_communes_are_the_predecessors_of_special_zones() {
        AdminUnit conDao = units.find("26732", REFORM).orElseThrow();
        assertThat(units.predecessors(conDao))
                .extracting(l -> l.unit().level(), l -> l.unit().fullName())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(UnitLevel.DISTRICT, "Huyện Côn Đảo"));
    }

    @Test
    void a_new_commune_over_a_period_before_it_existed_is_made_of_its_predecessors() {
        List<UnitPeriod> parts = composition
                .compose("11953", REFORM, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31))
                .orElseThrow();
        assertThat(parts).hasSize(7);
        UnitPeriod own = parts.get(0);
        assertThat(own.unit().fullName()).isEqualTo("Phường Phố Hiến");
        assertThat(own.from()).isEqualTo(REFORM);
        assertThat(own.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(parts.subList(1, 7))
                .allSatisfy(p -> {
                    assertThat(p.from()).isEqualTo(LocalDate.of(2024, 1, 1));
                    assertThat(p.to()).isEqualTo(LocalDate.of(2025, 6, 30));
                    assertThat(p.partial()).isFalse();
                })
                .extracting(p -> p.unit().code())
                .containsExactlyInAnyOrder("11953", "11956", "11959", "11962", "11971", "11974");
    }

    @Test
    void a_period_after_the_reform_is_the_unit_alone() {
        assertThat(composition
                        .compose("11953", REFORM, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30))
                        .orElseThrow())
                .singleElement()
                .satisfies(p -> assertThat(p.unit().fullName()).isEqualTo("Phường Phố Hiến"));
    }

    @Test
    void a_period_before_the_reform_is_only_the_predecessors() {
        assertThat(composition
                        .compose("11953", REFORM, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
                        .orElseThrow())
                .hasSize(6)
                .allMatch(p -> p.unit().validTo().equals(REFORM.minusDays(1)));
    }

    @Test
    void partial_predecessors_are_flagged_in_the_composition() {
        assertThat(composition
                        .compose("11983", REFORM, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
                        .orElseThrow())
                .filteredOn(p -> p.unit().code().equals("12322"))
                .singleElement()
                .satisfies(p -> assertThat(p.partial()).isTrue());
    }

    @Test
    void a_province_over_a_period_crossing_2026_follows_dong_nai_becoming_a_city() {
        List<UnitPeriod> parts = composition
                .compose("75", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                .orElseThrow();
        assertThat(parts)
                .extracting(p -> p.unit().fullName(), UnitPeriod::from, UnitPeriod::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Thành phố Đồng Nai", LocalDate.of(2026, 4, 30), LocalDate.of(2026, 12, 31)),
                        org.assertj.core.groups.Tuple.tuple(
                                "Tỉnh Đồng Nai", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 29)));
    }

    @Test
    void no_unit_has_that_code_on_that_date() {
        assertThat(composition.compose("99999", REFORM, REFORM, REFORM)).isEmpty();
    }
}
