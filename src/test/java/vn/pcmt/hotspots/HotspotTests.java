package vn.pcmt.hotspots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.pcmt.PcmtTest;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.hotspots.internal.BusinessKind;
import vn.pcmt.hotspots.internal.EliminationForm;
import vn.pcmt.hotspots.internal.Hotspot;
import vn.pcmt.hotspots.internal.HotspotActivity;
import vn.pcmt.hotspots.internal.HotspotFigures;
import vn.pcmt.hotspots.internal.HotspotForm;
import vn.pcmt.hotspots.internal.HotspotRow;
import vn.pcmt.hotspots.internal.HotspotSearch;
import vn.pcmt.hotspots.internal.HotspotService;
import vn.pcmt.hotspots.internal.HotspotShape;
import vn.pcmt.hotspots.internal.HotspotState;
import vn.pcmt.hotspots.internal.ReformationForm;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.platform.RuleViolationException;

/**
 * The hotspot lifecycle and its figures. Phường Phố Hiến (11953) was formed on 1/7/2025 from, among others,
 * Phường An Tảo (11956): its figures for 2024 count An Tảo's hotspots.
 */
@PcmtTest
class HotspotTests {

    @Autowired
    PeopleFixture fixture;

    @Autowired
    HotspotService hotspots;

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    static HotspotForm form(String commune, String name, HotspotActivity activity, LocalDate detected) {
        return new HotspotForm(
                commune,
                null,
                HotspotShape.POINT,
                activity,
                name,
                "Số 1 phố Thử",
                new BigDecimal("20.650000"),
                new BigDecimal("106.050000"),
                BusinessKind.KARAOKE,
                "Karaoke Thử",
                detected,
                "Tin báo",
                null,
                List.of(),
                null);
    }

    static EliminationForm elimination(LocalDate on, long version) {
        return new EliminationForm(on, "Bắt quả tang, đóng cửa cơ sở", "QĐ 1/QĐ-CA", version);
    }

    @Test
    void figures_over_a_period_across_the_reform_follow_unit_history_and_count_a_reformed_place_once() {
        fixture.signIn("tinh");
        HotspotFigures before2025 = hotspots.figures("11953", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 6, 30));

        // detected in a former ward in 2024, eliminated after the reform, re-formed in 2026
        Hotspot old =
                hotspots.record(form("11956", "Quán An Tảo", HotspotActivity.ORGANISING_USE, LocalDate.of(2024, 3, 1)));
        assertThat(hotspots.communeOf(old).code()).isEqualTo("11956");
        old = hotspots.eliminate(old.getId(), elimination(LocalDate.of(2025, 9, 1), old.getVersion()));
        Hotspot reformed =
                hotspots.reform(old.getId(), new ReformationForm(LocalDate.of(2026, 2, 1), null, "Trinh sát", null));
        assertThat(reformed.getReformedFromId()).isEqualTo(old.getId());
        assertThat(hotspots.communeOf(reformed).code())
                .as("the re-formed place belongs to the commune of its day")
                .isEqualTo("11953");
        // a new one in the new ward, still active
        hotspots.record(form("11953", "Bãi đất trống", HotspotActivity.SELLING, LocalDate.of(2025, 8, 1)));

        HotspotFigures f = hotspots.figures("11953", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 6, 30));
        assertThat(f.arisen() - before2025.arisen()).isEqualTo(3);
        assertThat(f.reformed() - before2025.reformed()).isEqualTo(1);
        assertThat(f.eliminated() - before2025.eliminated()).isEqualTo(1);
        assertThat(f.arisenEliminated() - before2025.arisenEliminated()).isEqualTo(1);
        assertThat(f.activeAtEnd() - before2025.activeAtEnd())
                .as("the re-formed place is one active hotspot, not two")
                .isEqualTo(2);

        HotspotFigures year2024 = hotspots.figures("11953", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        HotspotFigures oldWard2024 = hotspots.figures("11956", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertThat(year2024.arisen()).isGreaterThanOrEqualTo(oldWard2024.arisen());
        assertThat(oldWard2024.arisen()).isPositive();
        assertThat(oldWard2024.activeAtEnd()).isPositive();

        // the state on a date
        List<HotspotRow> on2024 = hotspots.search(new HotspotSearch("11953", LocalDate.of(2024, 12, 31), null, null));
        assertThat(on2024)
                .filteredOn(r -> r.id() == reformed.getReformedFromId())
                .singleElement()
                .extracting(HotspotRow::state)
                .isEqualTo(HotspotState.ACTIVE);
        List<HotspotRow> eliminatedNow =
                hotspots.search(new HotspotSearch("11953", LocalDate.of(2025, 12, 31), HotspotState.ELIMINATED, null));
        assertThat(eliminatedNow).extracting(HotspotRow::id).contains(reformed.getReformedFromId());
        assertThat(eliminatedNow).extracting(HotspotRow::id).doesNotContain(reformed.getId());
    }

    @Test
    void the_lifecycle_refuses_steps_out_of_order() {
        fixture.signIn("xa1");
        Hotspot h = hotspots.record(
                form("11953", "Nhà nghỉ Thử", HotspotActivity.HARBOURING_USE, LocalDate.of(2026, 1, 10)));
        long id = h.getId();
        assertThatThrownBy(() -> hotspots.reform(id, new ReformationForm(LocalDate.of(2026, 2, 1), null, null, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("hotspot.reform.notEliminated");
        long version = h.getVersion();
        assertThatThrownBy(() -> hotspots.eliminate(id, elimination(LocalDate.of(2026, 1, 9), version)))
                .hasMessageContaining("hotspot.eliminated.beforeDetected");
        assertThatThrownBy(() -> hotspots.eliminate(id, elimination(LocalDate.of(2026, 1, 20), version + 7)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        Hotspot done = hotspots.eliminate(id, elimination(LocalDate.of(2026, 1, 20), version));
        assertThatThrownBy(() -> hotspots.eliminate(id, elimination(LocalDate.of(2026, 1, 21), done.getVersion())))
                .hasMessageContaining("hotspot.alreadyEliminated");
        assertThatThrownBy(() -> hotspots.reform(id, new ReformationForm(LocalDate.of(2026, 1, 20), null, null, null)))
                .hasMessageContaining("hotspot.reform.beforeElimination");
        hotspots.reform(id, new ReformationForm(LocalDate.of(2026, 3, 1), null, null, null));
        assertThatThrownBy(() -> hotspots.reform(id, new ReformationForm(LocalDate.of(2026, 4, 1), null, null, null)))
                .hasMessageContaining("hotspot.reform.already");
        assertThatThrownBy(() -> hotspots.delete(id, done.getVersion()))
                .hasMessageContaining("hotspot.delete.reformed");
    }

    @Test
    void bad_places_are_refused_with_the_reason() {
        fixture.signIn("xa1");
        assertThatThrownBy(() -> hotspots.record(
                        form("99999", "Không có xã", HotspotActivity.SELLING, LocalDate.of(2026, 1, 1))))
                .hasMessageContaining("hotspot.commune.unknown");
        assertThatThrownBy(() ->
                        hotspots.record(form("11977", "Xã khác", HotspotActivity.SELLING, LocalDate.of(2026, 1, 1))))
                .isInstanceOf(OutsideJurisdictionException.class);
        HotspotForm half = new HotspotForm(
                "11953",
                null,
                HotspotShape.POINT,
                HotspotActivity.SELLING,
                "Nửa tọa độ",
                null,
                new BigDecimal("20.6"),
                null,
                null,
                null,
                LocalDate.of(2026, 1, 1),
                null,
                null,
                List.of(),
                null);
        assertThatThrownBy(() -> hotspots.record(half)).hasMessageContaining("hotspot.coordinates.incomplete");
        HotspotForm unknownSuspect = new HotspotForm(
                "11953",
                null,
                HotspotShape.POINT,
                HotspotActivity.SELLING,
                "Đối tượng lạ",
                null,
                null,
                null,
                null,
                null,
                LocalDate.of(2026, 1, 1),
                null,
                null,
                List.of(987654321L),
                null);
        assertThatThrownBy(() -> hotspots.record(unknownSuspect)).hasMessageContaining("hotspot.suspect.unknown");
    }

    @Test
    void outsiders_and_readers_cannot_touch_a_hotspot() {
        fixture.signIn("xa1");
        Hotspot h = hotspots.record(form("11953", "Quán Kín", HotspotActivity.SELLING, LocalDate.of(2026, 1, 5)));
        fixture.signIn("xa2");
        assertThatThrownBy(() -> hotspots.get(h.getId())).isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> hotspots.figures("11953", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)))
                .isInstanceOf(OutsideJurisdictionException.class);
        fixture.signIn("soyte");
        assertThatThrownBy(() -> hotspots.eliminate(h.getId(), elimination(LocalDate.of(2026, 2, 1), h.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
