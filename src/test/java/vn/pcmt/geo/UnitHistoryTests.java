package vn.pcmt.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;

/**
 * The units of 2004–2025 loaded from the snapshots (ADR 026): counts on dates as the history's README gives them,
 * one more computed from the file itself, Ninh Bình's districts before and after 1/1/2025, the rows of 30/6/2025 as
 * last versions, and the links between versions marked inferred.
 */
@PcmtTest
class UnitHistoryTests {

    @Autowired
    UnitService units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Test
    void on_31_december_2008_there_were_63_provinces_686_districts_and_10898_communes() {
        assertCounts(LocalDate.of(2008, 12, 31), 63, 686, 10_898);
    }

    @Test
    void on_30_june_2021_there_were_63_provinces_705_districts_and_10603_communes() {
        assertCounts(LocalDate.of(2021, 6, 30), 63, 705, 10_603);
    }

    @Test
    void on_30_june_2024_there_were_63_provinces_705_districts_and_10595_communes() {
        assertCounts(LocalDate.of(2024, 6, 30), 63, 705, 10_595);
    }

    @Test
    void on_a_day_of_2019_the_counts_are_those_of_the_file() throws Exception {
        LocalDate day = LocalDate.of(2019, 8, 15);
        Map<UnitLevel, Integer> expected = new EnumMap<>(UnitLevel.class);
        try (Reader reader = new InputStreamReader(
                getClass().getResourceAsStream("/admin-units/history/unit_versions_2003_2025.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                LocalDate from = LocalDate.parse(r.get("seen_from"));
                boolean open = r.get("valid_to").isBlank();
                if (!from.isAfter(day)
                        && (open || !LocalDate.parse(r.get("valid_to")).isBefore(day))) {
                    expected.merge(UnitLevel.valueOf(r.get("level").toUpperCase(Locale.ROOT)), 1, Integer::sum);
                }
            }
        }
        assertThat(expected.get(UnitLevel.COMMUNE)).isGreaterThan(10_000);
        assertCounts(
                day,
                expected.get(UnitLevel.PROVINCE),
                expected.get(UnitLevel.DISTRICT),
                expected.get(UnitLevel.COMMUNE));
    }

    @Test
    void the_official_list_of_30_june_2025_is_unchanged() {
        assertCounts(LocalDate.of(2025, 6, 30), 63, 696, 10_035);
    }

    @Test
    void ninh_binh_had_8_districts_until_2024_and_7_from_2025_when_hoa_lu_became_a_city() {
        AdminUnit before = units.find("37", LocalDate.of(2024, 12, 31)).orElseThrow();
        List<AdminUnit> districts2024 = units.children(before, LocalDate.of(2024, 12, 31));
        assertThat(districts2024).hasSize(8).extracting(AdminUnit::code).contains("369", "374");
        assertThat(units.find("369", LocalDate.of(2024, 12, 31)).orElseThrow().fullName())
                .isEqualTo("Thành phố Ninh Bình");
        assertThat(units.find("369", LocalDate.of(2025, 1, 1))).isEmpty();
        AdminUnit hoaLuDistrict = units.find("374", LocalDate.of(2024, 12, 31)).orElseThrow();
        AdminUnit hoaLuCity = units.find("374", LocalDate.of(2025, 1, 1)).orElseThrow();
        assertThat(hoaLuDistrict.fullName()).isEqualTo("Huyện Hoa Lư");
        assertThat(hoaLuCity.fullName()).isEqualTo("Thành phố Hoa Lư");
        assertThat(hoaLuCity.validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        List<AdminUnit> districts2025 =
                units.children(units.find("37", LocalDate.of(2025, 1, 1)).orElseThrow(), LocalDate.of(2025, 1, 1));
        assertThat(districts2025).hasSize(7).extracting(AdminUnit::code).doesNotContain("369");
        // Hoa Lư city is the same place as the district (same code), and took over Ninh Bình city: inferred links
        assertThat(units.predecessors(hoaLuCity))
                .extracting(l -> l.unit().code(), UnitLink::partial)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("374", false),
                        org.assertj.core.groups.Tuple.tuple("369", false));
        assertThat(jdbc.sql("select bool_and(inferred) from unit_succession where successor_id = :id")
                        .param("id", hoaLuCity.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void the_rows_of_30_june_2025_are_the_last_versions_and_the_reform_links_stay_official() {
        // Hoa Lư city is the row of the official list, with its real start
        AdminUnit hoaLuCity = units.find("374", LocalDate.of(2025, 6, 30)).orElseThrow();
        assertThat(hoaLuCity.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(units.versions("374")).last().isEqualTo(hoaLuCity);
        // Phường Hiến Nam keeps its official link to Phường Phố Hiến
        AdminUnit hienNam = units.find("11953", LocalDate.of(2025, 6, 30)).orElseThrow();
        assertThat(jdbc.sql("select count(*) from unit_succession where predecessor_id = :id and not inferred")
                        .param("id", hienNam.id())
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("select count(*) from unit_succession where inferred and effective_date >= '2025-07-01'")
                        .query(Long.class)
                        .single())
                .isZero();
        // a unit unchanged since the first list keeps no start
        AdminUnit baDinh = units.find("001", LocalDate.of(2010, 1, 1)).orElseThrow();
        assertThat(baDinh.validFrom()).isNull();
        assertThat(baDinh.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void ha_tay_joined_ha_noi_on_1_august_2008_with_its_communes() {
        AdminUnit haTay = units.find("28", LocalDate.of(2008, 7, 31)).orElseThrow();
        assertThat(units.find("28", LocalDate.of(2008, 8, 1))).isEmpty();
        AdminUnit baVi2007 = units.find("271", LocalDate.of(2007, 1, 1)).orElseThrow();
        assertThat(baVi2007.provinceCode()).isEqualTo("28");
        assertThat(units.find("271", LocalDate.of(2009, 1, 1)).orElseThrow().provinceCode())
                .isEqualTo("01");
        // a commune of Ba Vì lay in Hà Tây, then in Hà Nội
        AdminUnit commune = units.children(baVi2007, LocalDate.of(2007, 1, 1)).get(0);
        assertThat(commune.provinceCode()).isEqualTo("28");
        assertThat(units.find(commune.code(), LocalDate.of(2009, 1, 1))
                        .orElseThrow()
                        .provinceCode())
                .isEqualTo("01");
        assertThat(units.successors(haTay)).extracting(l -> l.unit().code()).containsExactly("01");
        assertThat(units.children(haTay, LocalDate.of(2008, 7, 31))).isNotEmpty();
    }

    private void assertCounts(LocalDate date, int provinces, int districts, int communes) {
        assertThat(count(UnitLevel.PROVINCE, date)).as("provinces").isEqualTo(provinces);
        assertThat(count(UnitLevel.DISTRICT, date)).as("districts").isEqualTo(districts);
        assertThat(count(UnitLevel.COMMUNE, date)).as("communes").isEqualTo(communes);
    }

    private long count(UnitLevel level, LocalDate date) {
        return units.search(new UnitSearch(level, date, null, null), PageRequest.of(0, 1))
                .getTotalElements();
    }

    @Test
    void a_version_covers_its_predecessors_and_a_district_its_communes_of_the_same_dates() {
        LocalDate in2021 = LocalDate.of(2021, 6, 30);
        AdminUnit myLoc = units.find("358", in2021).orElseThrow();
        AdminUnit myHa2021 = units.find("13711", in2021).orElseThrow();
        AdminUnit myHa2024 = units.find("13711", LocalDate.of(2024, 12, 31)).orElseThrow();
        AdminUnit namDinhCity = units.find("356", LocalDate.of(2024, 12, 31)).orElseThrow();
        assertThat(myHa2024.districtCode()).isEqualTo("356");
        assertThat(covers(myLoc, myHa2021)).as("Mỹ Lộc covers Mỹ Hà of 2021").isTrue();
        assertThat(covers(myLoc, myHa2024))
                .as("nor the later Mỹ Hà of Nam Định city")
                .isFalse();
        assertThat(covers(myHa2024, myHa2021))
                .as("the later version covers the earlier")
                .isTrue();
        assertThat(covers(namDinhCity, myLoc))
                .as("Nam Định city took Mỹ Lộc's communes in 2024")
                .isTrue();
        AdminUnit ninhBinhToday = units.find("37", LocalDate.of(2026, 9, 1)).orElseThrow();
        assertThat(covers(ninhBinhToday, myHa2021))
                .as("today's Ninh Bình covers Nam Định of 2021")
                .isTrue();
        assertThat(units.successors(myLoc)).singleElement().satisfies(l -> {
            assertThat(l.unit().code()).isEqualTo("356");
            assertThat(l.inferred()).isTrue();
            assertThat(l.effectiveDate()).isEqualTo(LocalDate.of(2024, 9, 1));
        });
    }

    /**
     * ADR 034: a unit reached through a succession lies in its ancestor from the succession's date, for figures only;
     * a unit formed after the date counts its predecessors whatever the date (its territory).
     */
    @Test
    void coverage_through_a_succession_counts_from_its_date() {
        AdminUnit myLoc = units.find("358", LocalDate.of(2021, 6, 30)).orElseThrow();
        AdminUnit myHa2021 = units.find("13711", LocalDate.of(2021, 6, 30)).orElseThrow();
        AdminUnit myHa2024 = units.find("13711", LocalDate.of(2024, 12, 31)).orElseThrow();
        AdminUnit namDinhCity = units.find("356", LocalDate.of(2024, 12, 31)).orElseThrow();
        AdminUnit namDinh2021 = units.find("36", LocalDate.of(2021, 6, 30)).orElseThrow();
        AdminUnit ninhBinhToday = units.find("37", LocalDate.of(2026, 9, 1)).orElseThrow();
        LocalDate merged = LocalDate.of(2024, 9, 1);
        assertThat(since(namDinhCity, myLoc)).isEqualTo(merged);
        assertThat(since(namDinhCity, myHa2021))
                .as("by either path, Mỹ Lộc or Mỹ Hà's next version")
                .isEqualTo(merged);
        assertThat(since(namDinh2021, myHa2021)).as("beneath only").isNull();
        assertThat(since(myHa2024, myHa2021))
                .as("the later version began that day")
                .isNull();
        assertThat(since(ninhBinhToday, myHa2021))
                .as("formed on 1/7/2025, after the date")
                .isNull();

        // the figures' condition: the city counts Mỹ Hà of 2021 from 1/9/2024; today's Ninh Bình for any date
        assertThat(counts(namDinhCity, myHa2021, LocalDate.of(2021, 12, 31))).isFalse();
        assertThat(counts(namDinhCity, myHa2021, LocalDate.of(2024, 8, 31))).isFalse();
        assertThat(counts(namDinhCity, myHa2021, merged)).isTrue();
        assertThat(counts(ninhBinhToday, myHa2021, LocalDate.of(2021, 12, 31))).isTrue();
        assertThat(counts(namDinh2021, myHa2021, LocalDate.of(2021, 12, 31))).isTrue();

        // every dated row lies after its ancestor's first day, which it repeats; few rows are dated
        assertThat(jdbc.sql("select count(*) from unit_coverage c join admin_unit a on a.id = c.ancestor_id"
                                + " where c.since is not null and (c.since <= coalesce(a.valid_from, '-infinity')"
                                + " or c.ancestor_from is distinct from a.valid_from)")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) filter (where since is not null) * 100 / count(*) from unit_coverage")
                        .query(Long.class)
                        .single())
                .isLessThan(5L);
    }

    /**
     * ADR 034: on 1/1/2025 Thủy Nguyên (Hải Phòng, 311) became a city: its communes became wards and several merged, so
     * that V35 linked each commune that disappeared to every one of the 21 that appeared or changed that day. A commune
     * of the same name is now its one successor, else only the new or renamed ones are.
     */
    @Test
    void a_commune_that_disappears_is_linked_to_one_of_the_same_name_else_to_the_new_or_renamed_ones() {
        LocalDate before = LocalDate.of(2024, 12, 31);
        AdminUnit thuyDuong = units.find("11563", before).orElseThrow();
        assertThat(thuyDuong.fullName()).isEqualTo("Xã Thuỷ Đường");
        assertThat(units.successors(thuyDuong)).singleElement().satisfies(l -> {
            assertThat(l.unit().fullName()).isEqualTo("Phường Thuỷ Đường");
            assertThat(l.unit().code()).isEqualTo("11560");
            assertThat(l.partial()).isFalse();
            assertThat(l.inferred()).isTrue();
        });
        AdminUnit kienBai = units.find("11554", before).orElseThrow();
        List<UnitLink> kienBaiLinks = units.successors(kienBai);
        assertThat(kienBaiLinks)
                .extracting(l -> l.unit().fullName())
                .as("Xã Trung Hà became Phường Thủy Hà that day; Xã Lập Lễ only became a ward")
                .contains("Phường Thủy Hà")
                .doesNotContain("Phường Lập Lễ")
                .hasSizeLessThan(21);
        assertThat(kienBaiLinks).allSatisfy(l -> {
            assertThat(l.partial()).isTrue();
            assertThat(l.inferred()).isTrue();
        });
    }

    private LocalDate since(AdminUnit ancestor, AdminUnit unit) {
        return jdbc.sql("select since from unit_coverage where ancestor_id = :a and unit_id = :u")
                .param("a", ancestor.id())
                .param("u", unit.id())
                .query((rs, i) -> java.util.Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .single()
                .orElse(null);
    }

    private boolean counts(AdminUnit ancestor, AdminUnit unit, LocalDate date) {
        return jdbc.sql("select exists (select 1 from unit_coverage c where c.ancestor_id = :a and c.unit_id = :u and "
                        + UnitCoverage.countsOn("c", "cast(:d as date)") + ")")
                .param("a", ancestor.id())
                .param("u", unit.id())
                .param("d", date)
                .query(Boolean.class)
                .single();
    }

    private boolean covers(AdminUnit ancestor, AdminUnit unit) {
        return jdbc.sql("select exists (select 1 from unit_coverage where ancestor_id = :a and unit_id = :u)")
                .param("a", ancestor.id())
                .param("u", unit.id())
                .query(Boolean.class)
                .single();
    }

    @Test
    void the_api_and_the_unit_page_show_inferred_links_as_such() throws Exception {
        mvc.perform(get("/api/v1/units/374/predecessors")
                        .param("date", "2025-01-01")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.unit.code == '369')].inferred").value(true))
                .andExpect(jsonPath("$[?(@.unit.code == '374')].inferred").value(true));
        mvc.perform(get("/api/v1/units/11953/successors")
                        .param("date", "2025-06-30")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].inferred").value(false));
        mvc.perform(get("/units/374").param("date", "01/01/2025").with(accounts.as("xa1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thành phố Ninh Bình")))
                .andExpect(content().string(containsString("suy ra")))
                .andExpect(content().string(containsString("01/01/2025")));
    }
}
