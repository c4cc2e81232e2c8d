package vn.pcmt.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.pcmt.PcmtTest;

/** Search by name with or without diacritics, in Vietnamese order. */
@PcmtTest
class UnitSearchTests {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @Autowired
    UnitService units;

    @Test
    void pho_hien_without_diacritics_finds_phuong_pho_hien() {
        assertThat(search("pho hien", REFORM)).extracting(AdminUnit::fullName).contains("Phường Phố Hiến");
    }

    @Test
    void with_diacritics_and_in_capitals_it_finds_the_same() {
        assertThat(search("PHỐ HIẾN", REFORM)).extracting(AdminUnit::code).contains("11953");
    }

    @Test
    void d_with_stroke_folds_to_d() {
        assertThat(search("dong nai", REFORM)).extracting(AdminUnit::fullName).contains("Tỉnh Đồng Nai");
    }

    @Test
    void names_matching_the_diacritics_as_typed_come_first() {
        var found = search("tân hưng", LocalDate.of(2025, 6, 30));
        assertThat(found.get(0).name()).isEqualTo("Tân Hưng");
    }

    @Test
    void search_is_limited_to_the_units_in_force_on_the_date() {
        assertThat(search("hien nam", LocalDate.of(2025, 6, 30)))
                .extracting(AdminUnit::code)
                .contains("11953");
        assertThat(search("hien nam", REFORM)).extracting(AdminUnit::code).doesNotContain("11953");
    }

    @Test
    void provinces_are_in_vietnamese_order() {
        var provinces = units.search(new UnitSearch(UnitLevel.PROVINCE, REFORM, null, null), PageRequest.of(0, 40))
                .getContent();
        var names = provinces.stream().map(AdminUnit::name).toList();
        // Đ sorts after D and before E; "Điện Biên" after "Đà Nẵng"; "Hà Nội" before "Hải Phòng" before "Huế"
        assertThat(names.indexOf("Đà Nẵng")).isGreaterThan(names.indexOf("Cần Thơ"));
        assertThat(names.indexOf("Đắk Lắk")).isGreaterThan(names.indexOf("Đà Nẵng"));
        assertThat(names.indexOf("Điện Biên")).isGreaterThan(names.indexOf("Đắk Lắk"));
        assertThat(names.indexOf("Gia Lai")).isGreaterThan(names.indexOf("Đồng Tháp"));
        assertThat(names.indexOf("Hải Phòng")).isGreaterThan(names.indexOf("Hà Nội"));
        assertThat(names.indexOf("Huế")).isGreaterThan(names.indexOf("Hải Phòng"));
    }

    @Test
    void a_parent_without_level_gives_its_direct_children() {
        var districts =
                units.search(new UnitSearch(null, LocalDate.of(2025, 6, 30), "33", null), PageRequest.of(0, 50));
        assertThat(districts.getContent()).allMatch(u -> u.level() == UnitLevel.DISTRICT);
        var communes = units.search(new UnitSearch(null, REFORM, "33", null), PageRequest.of(0, 200));
        assertThat(communes.getTotalElements()).isEqualTo(104);
    }

    private java.util.List<AdminUnit> search(String text, LocalDate date) {
        return units.search(new UnitSearch(null, date, null, text), PageRequest.of(0, 50))
                .getContent();
    }
}
