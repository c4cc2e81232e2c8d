package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A commune police officer records a drug crime case with a suspect and a seizure, and opens it, in a real browser. */
class CaseBrowserTests extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    vn.pcmt.TestClock clock;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @Test
    void an_officer_records_a_case_with_a_suspect_and_a_seizure_and_opens_it() {
        login("xa1");
        page.navigate(url("/cases"));
        page.getByTestId("new-case").click();
        Locator form = page.getByTestId("case-form");
        assertThat(form.getByLabel("Xã, phường nơi phát hiện")).hasValue("11953");
        form.getByLabel("Ngày phát hiện").fill("10/06/2026");
        form.getByLabel("Tóm tắt vụ việc").fill("Bắt quả tang mua bán ma túy qua mạng xã hội");
        String agency = page.locator("#agencyId option:nth-child(2)").getAttribute("value");
        form.getByLabel("Cơ quan phát hiện").selectOption(agency);
        form.getByLabel("Điều của Bộ luật Hình sự").selectOption(new String[] {"251", "249"});
        form.getByLabel("Liên quan không gian mạng").check();
        screenshot("case-form");
        page.getByTestId("save-case").click();

        assertThat(page.getByTestId("case-summary")).hasText("Bắt quả tang mua bán ma túy qua mạng xã hội");
        assertThat(page.getByTestId("case-stage")).hasText("Phát hiện");

        Locator suspect = page.getByTestId("suspect-form");
        suspect.getByLabel("Họ và tên").fill("Đỗ Văn Thử");
        suspect.getByLabel("Giới tính").selectOption("false");
        suspect.getByLabel("Năm sinh").fill("1990");
        suspect.getByLabel("Số định danh").fill("033090001234");
        suspect.getByLabel("Vai trò").selectOption("ORGANISER");
        suspect.getByLabel("Người sử dụng ma túy").check();
        page.getByTestId("suspect-submit").click();
        assertThat(page.getByTestId("suspect-table")).containsText("Đỗ Văn Thử");
        // the identification number is masked
        assertThat(page.getByTestId("suspect-table")).containsText("*********234");
        assertThat(page.getByTestId("suspect-table")).not().containsText("033090001234");

        Locator seizure = page.getByTestId("seizure-form");
        seizure.getByLabel("Loại chất ma túy").selectOption("METH");
        seizure.getByLabel("Số lượng").fill("250");
        seizure.getByLabel("Đơn vị").selectOption("G");
        seizure.getByLabel("Vật chứng khác").fill("2 điện thoại di động");
        page.getByTestId("seizure-submit").click();
        assertThat(page.getByTestId("seizure-table")).containsText("Ma túy đá");
        assertThat(page.getByTestId("seizure-table")).containsText("2 điện thoại di động");

        // a seizure in a unit that does not fit the substance is refused in words
        seizure = page.getByTestId("seizure-form");
        seizure.getByLabel("Loại chất ma túy").selectOption("HEROIN");
        seizure.getByLabel("Số lượng").fill("3");
        seizure.getByLabel("Đơn vị").selectOption("PILLS");
        page.getByTestId("seizure-submit").click();
        assertThat(page.getByTestId("flash-error")).containsText("Đơn vị không phù hợp");

        Locator stage = page.getByTestId("stage-form");
        stage.getByLabel("Giai đoạn tiếp theo").selectOption("OPEN");
        stage.getByLabel("Ngày").fill("12/06/2026");
        page.getByTestId("stage-submit").click();
        assertThat(page.getByTestId("case-stage")).hasText("Đã khởi tố vụ án");
        assertThat(page.getByTestId("case-stages")).containsText("12/06/2026");
        screenshot("case-page");

        page.navigate(url("/cases?unit=11953&flag=CYBERSPACE"));
        assertThat(page.getByTestId("case-table")).containsText("Bắt quả tang mua bán ma túy qua mạng xã hội");
    }
}
