package vn.pcmt.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.platform.RuleViolationException;

/** The rules of Decree 30/2020/NĐ-CP that a document's heading follows, without Spring. */
class DocumentHeadingTests {

    static DocumentHeading police(String symbol) {
        return new DocumentHeading(
                "UBND TỈNH HƯNG YÊN",
                "CÔNG AN TỈNH",
                symbol,
                "Hưng Yên",
                "KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC",
                "Nguyễn Văn A",
                List.of("- Như trên;", "- Lưu: VT."),
                true,
                0);
    }

    @Test
    void days_below_ten_and_the_months_january_and_february_take_a_leading_zero() {
        assertThat(DocumentHeading.stateDate(LocalDate.of(2026, 12, 6))).isEqualTo("ngày 06 tháng 12 năm 2026");
        assertThat(DocumentHeading.stateDate(LocalDate.of(2026, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2026");
        assertThat(DocumentHeading.stateDate(LocalDate.of(2026, 1, 31))).isEqualTo("ngày 31 tháng 01 năm 2026");
        assertThat(DocumentHeading.stateDate(LocalDate.of(2026, 3, 9))).isEqualTo("ngày 09 tháng 3 năm 2026");
        assertThat(DocumentHeading.stateDate(LocalDate.of(2026, 10, 10))).isEqualTo("ngày 10 tháng 10 năm 2026");
        assertThat(police("CAT").placeDate(LocalDate.of(2026, 6, 15))).isEqualTo("Hưng Yên, ngày 15 tháng 6 năm 2026");
    }

    @Test
    void the_number_carries_the_kind_and_the_issuers_symbol() {
        assertThat(police("CAT").number("12")).isEqualTo("12/BC-CAT");
        assertThat(police("CAT").number(" 12/BC-CAT ")).as("typed whole").isEqualTo("12/BC-CAT");
        assertThat(police("CAT").number(null))
                .as("a blank to fill in at issue")
                .endsWith("/BC-CAT")
                .startsWith("\u00a0");
        assertThat(police(null).number("7")).isEqualTo("7/BC");
    }

    @Test
    void the_issuing_body_and_the_place_are_required_and_a_symbol_is_a_symbol() {
        DocumentHeading blank = new DocumentHeading(null, " ", "CAT", "Hưng Yên", null, null, null, null, true, 0);
        assertThatThrownBy(blank::checked)
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).contains("issuingBody"));
        DocumentHeading noPlace = new DocumentHeading(null, "CÔNG AN TỈNH", null, "", null, null, null, null, true, 0);
        assertThatThrownBy(noPlace::checked)
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).contains("place"));
        for (String bad : List.of("cat", "CA T", "CAT/", "-CAT", "CAT--X")) {
            assertThatThrownBy(() -> police(bad).checked())
                    .as(bad)
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field())
                            .contains("symbol"));
        }
        for (String good : List.of("CAT", "UBND", "CAP-PC04", "SYT", "ĐTN")) {
            assertThat(police(good).checked().symbol()).isEqualTo(good);
        }
        DocumentHeading trimmed = new DocumentHeading(
                        " ", " CÔNG AN XÃ ", null, " Phố Hiến ", "", null, null, List.of(" - Lưu: VT. ", " "), true, 0)
                .checked();
        assertThat(trimmed.parentBody()).isNull();
        assertThat(trimmed.issuingBody()).isEqualTo("CÔNG AN XÃ");
        assertThat(trimmed.place()).isEqualTo("Phố Hiến");
        assertThat(trimmed.authority()).isNull();
        assertThat(trimmed.recipients()).containsExactly("- Lưu: VT.");
    }

    @Test
    void the_place_name_is_the_units_name_or_its_full_name_when_the_name_is_a_number() {
        assertThat(DocumentIssuers.place(unit("Phố Hiến", "Phường Phố Hiến"))).isEqualTo("Phố Hiến");
        assertThat(DocumentIssuers.place(unit("15", "Phường 15"))).isEqualTo("Phường 15");
        assertThat(DocumentIssuers.place(unit("Hưng Yên", "Tỉnh Hưng Yên"))).isEqualTo("Hưng Yên");
    }

    private static AdminUnit unit(String name, String fullName) {
        return new AdminUnit(1, "1", UnitLevel.COMMUNE, name, fullName, name, "Phường", "33", null, null, null);
    }
}
