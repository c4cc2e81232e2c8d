package vn.pcmt.localities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestClock;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.hotspots.internal.BusinessKind;
import vn.pcmt.hotspots.internal.HotspotActivity;
import vn.pcmt.hotspots.internal.HotspotForm;
import vn.pcmt.hotspots.internal.HotspotService;
import vn.pcmt.hotspots.internal.HotspotShape;
import vn.pcmt.localities.internal.ClassificationCriterion;
import vn.pcmt.localities.internal.ClassificationService;
import vn.pcmt.localities.internal.CommuneClassification;
import vn.pcmt.localities.internal.CommuneYearFigureForm;
import vn.pcmt.localities.internal.KeyLocality;
import vn.pcmt.localities.internal.KeyLocalityFigures;
import vn.pcmt.localities.internal.KeyLocalityForm;
import vn.pcmt.localities.internal.KeyLocalityService;
import vn.pcmt.localities.internal.KeyLocalityState;
import vn.pcmt.people.PeopleFixture;

/** Key complex localities: selection, transformation, complex again, NB3 figures; classification from registers. */
@PcmtTest
class KeyLocalityTests {

    /** After the selections, transformations and relapse (up to 01/09/2026) the tests record. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

    @Autowired
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @Autowired
    PeopleFixture fixture;

    @Autowired
    KeyLocalityService localities;

    @Autowired
    ClassificationService classification;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    HotspotService hotspots;

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    static KeyLocalityForm selection(String commune, LocalDate decision) {
        return new KeyLocalityForm(
                commune,
                null,
                "I",
                "12/QĐ-BCĐ",
                decision,
                decision,
                decision.plusYears(2),
                "Nhiều điểm tổ chức sử dụng",
                null,
                "Kế hoạch chuyển hóa");
    }

    @Test
    void nb3_counts_selected_transformed_and_not_complex_again() {
        fixture.signIn("tinh");
        LocalDate from = LocalDate.of(2025, 9, 1);
        LocalDate to = LocalDate.of(2026, 10, 31);
        KeyLocalityFigures before = localities.figures("33", from, to);
        KeyLocality a = localities.select(selection("12070", LocalDate.of(2025, 9, 1)));
        KeyLocality b = localities.select(selection("12073", LocalDate.of(2025, 9, 1)));
        localities.select(selection("12091", LocalDate.of(2025, 9, 1)));
        a = localities.transform(a.getId(), LocalDate.of(2026, 3, 1), "20/QĐ-UBND", a.getVersion());
        b = localities.transform(b.getId(), LocalDate.of(2026, 3, 1), "21/QĐ-UBND", b.getVersion());
        localities.complexAgain(b.getId(), LocalDate.of(2026, 9, 1), "Phát hiện điểm mới", b.getVersion());

        KeyLocalityFigures f = localities.figures("33", from, to);
        assertThat(f.selected() - before.selected()).isEqualTo(3);
        assertThat(f.transformed() - before.transformed()).isEqualTo(2);
        assertThat(f.complexAgain() - before.complexAgain()).isEqualTo(1);
        assertThat(f.notComplexAgain() - before.notComplexAgain()).isEqualTo(1);
        // before the relapse, both transformed ones still count as not complex again
        KeyLocalityFigures mid = localities.figures("33", from, LocalDate.of(2026, 6, 30));
        assertThat(mid.notComplexAgain()).isGreaterThanOrEqualTo(2);
        assertThat(localities.get(a.getId()).stateOn(LocalDate.of(2026, 6, 30)))
                .isEqualTo(KeyLocalityState.TRANSFORMED);
        assertThat(localities.get(b.getId()).stateOn(LocalDate.of(2026, 10, 1)))
                .isEqualTo(KeyLocalityState.COMPLEX_AGAIN);
    }

    @Test
    void steps_out_of_order_are_refused_and_others_cannot_select() {
        fixture.signIn("tinh");
        KeyLocality k = localities.select(selection("12025", LocalDate.of(2026, 1, 5)));
        long id = k.getId();
        long v = k.getVersion();
        assertThatThrownBy(() -> localities.complexAgain(id, LocalDate.of(2026, 2, 1), "X", v))
                .hasMessageContaining("locality.again.notTransformed");
        assertThatThrownBy(() -> localities.transform(id, LocalDate.of(2026, 1, 4), "1/QĐ", v))
                .hasMessageContaining("locality.transform.date");
        assertThatThrownBy(() -> localities.select(selection("12025", LocalDate.of(2026, 2, 1))))
                .hasMessageContaining("locality.alreadySelected");
        KeyLocality t = localities.transform(id, LocalDate.of(2026, 2, 1), "1/QĐ", v);
        assertThatThrownBy(() -> localities.complexAgain(id, LocalDate.of(2026, 2, 1), "X", t.getVersion()))
                .hasMessageContaining("locality.again.date");
        fixture.signIn("xa1");
        assertThatThrownBy(() -> localities.select(selection("11953", LocalDate.of(2026, 1, 5))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> localities.get(id)).isInstanceOf(OutsideJurisdictionException.class);
    }

    @Test
    void the_classification_takes_places_of_use_from_the_hotspots_and_shares_from_entered_figures() {
        fixture.signIn("tinh");
        int year = TODAY.getYear();
        classification.saveFigures(new CommuneYearFigureForm("12103", year, 1000, 1, 0, null, false, null, null));
        // the commune keeps the case register only from today: this year's arrests are the entered ones (a case
        // recorded in the province by another test would otherwise make the register apply, ADR 030)
        jdbc.sql("insert into register_start (unit_id, register, since) select id, 'CASES', :since from admin_unit"
                        + " where code = '12103' and valid_to is null on conflict do nothing")
                .param("since", TODAY)
                .update();
        for (int i = 0; i < 2; i++) {
            hotspots.record(new HotspotForm(
                    "12103",
                    null,
                    HotspotShape.CLUSTER,
                    HotspotActivity.ORGANISING_USE,
                    "Điểm phân loại " + i,
                    null,
                    null,
                    null,
                    BusinessKind.NONE,
                    null,
                    LocalDate.of(year, 1, 2),
                    null,
                    null,
                    java.util.List.of(),
                    null));
        }
        CommuneClassification c = classification.propose("33", year).stream()
                .filter(x -> x.code().equals("12103"))
                .findFirst()
                .orElseThrow();
        assertThat(c.placesOfUse()).isGreaterThanOrEqualTo(2);
        assertThat(c.arrestSharePercent()).isEqualByComparingTo("0.1");
        assertThat(c.metByType().get("I"))
                .contains(ClassificationCriterion.PLACES_OF_USE, ClassificationCriterion.ARREST_SHARE);
        fixture.signIn("xa1");
        assertThatThrownBy(() -> classification.propose("33", year)).isInstanceOf(OutsideJurisdictionException.class);
    }
}
