package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The unit tree as of 2021, 2024 and 2026, search without diacritics, a unit's history (inferred links before 2025),
 * creating a village.
 */
class UnitsBrowserTests extends BrowserTest {

    @Test
    void the_tree_as_of_2024_has_63_provinces_with_districts_and_the_old_communes() {
        login("xa1");
        page.navigate(url("/units"));
        page.getByLabel("Tại ngày").fill("01/06/2024");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem"))
                .click();
        assertThat(page.getByTestId("province-count")).containsText("63 tỉnh, thành phố");
        expand("Tỉnh Hưng Yên");
        expand("Thành phố Hưng Yên");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Phường Hiến Nam")))
                .isVisible();
        screenshot("units-2024");
    }

    @Test
    void the_tree_as_of_2026_has_34_provinces_and_communes_directly_beneath() {
        login("xa1");
        page.navigate(url("/units?date=01/06/2026"));
        assertThat(page.getByTestId("province-count")).containsText("34 tỉnh, thành phố");
        expand("Tỉnh Hưng Yên");
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Phường Phố Hiến").setExact(true)))
                .isVisible();
        screenshot("units-2026");
    }

    @Test
    void search_without_diacritics_and_the_history_of_a_unit() {
        login("xa1");
        page.navigate(url("/units"));
        page.getByLabel("Tìm theo tên").fill("pho hien");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Phường Phố Hiến"))
                .click();
        assertThat(page.getByTestId("unit-name")).hasText("Phường Phố Hiến");
        assertThat(page.getByTestId("predecessors").locator("li")).hasCount(6);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Phường Hiến Nam").setExact(true))
                .first()
                .click();
        assertThat(page.getByTestId("unit-name")).hasText("Phường Hiến Nam");
        assertThat(page.getByTestId("successors")).containsText("Phường Phố Hiến");
        screenshot("unit-hien-nam");
    }

    @Test
    void the_tree_of_2021_has_ninh_binh_s_8_districts_and_hoa_lu_city_shows_its_inferred_predecessors() {
        login("xa1");
        page.navigate(url("/units?date=30/06/2021"));
        assertThat(page.getByTestId("province-count")).containsText("63 tỉnh, thành phố");
        expand("Tỉnh Ninh Bình");
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Thành phố Ninh Bình")
                                .setExact(true)))
                .isVisible();
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Huyện Hoa Lư").setExact(true)))
                .isVisible();
        screenshot("units-2021-ninh-binh");
        page.navigate(url("/units/374?date=01/01/2025"));
        assertThat(page.getByTestId("unit-name")).hasText("Thành phố Hoa Lư");
        Locator predecessors = page.getByTestId("predecessors");
        assertThat(predecessors).containsText("Thành phố Ninh Bình");
        assertThat(predecessors).containsText("Huyện Hoa Lư");
        assertThat(predecessors.getByText("suy ra", new Locator.GetByTextOptions().setExact(true)))
                .hasCount(2);
        screenshot("unit-hoa-lu-inferred");
    }

    @Test
    void a_commune_officer_creates_a_village_and_a_blank_name_is_explained() {
        login("xa1");
        page.navigate(url("/units/11953"));
        Locator form = page.getByTestId("village-form");
        form.getByLabel("Tên").fill("");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thêm"))
                .click();
        assertThat(page.getByText("Vui lòng nhập tên thôn, tổ dân phố.")).isVisible();
        screenshot("village-error");

        form = page.getByTestId("village-form");
        form.getByLabel("Tên").fill("Tổ dân phố Đình Hiến");
        form.getByLabel("Loại").selectOption("TO_DAN_PHO");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thêm"))
                .click();
        assertThat(page.getByText("Đã thêm Tổ dân phố Đình Hiến.")).isVisible();
        assertThat(page.getByTestId("villages")).containsText("Tổ dân phố Đình Hiến");
        screenshot("village-created");
    }

    @Test
    void an_officer_of_another_commune_sees_the_villages_but_cannot_add() {
        login("xa2");
        page.navigate(url("/units/11953"));
        assertThat(page.getByTestId("villages")).isVisible();
        // the form is there for the role, but the commune is not theirs: the server refuses
        Locator form = page.getByTestId("village-form");
        form.getByLabel("Tên").fill("Thôn Của Người Khác");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thêm"))
                .click();
        assertThat(page.getByText("Không có quyền truy cập")).isVisible();
    }

    private void expand(String name) {
        page.waitForFunction("() => window.htmx !== undefined");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Mở " + name).setExact(true))
                .click();
        page.waitForLoadState();
    }
}
