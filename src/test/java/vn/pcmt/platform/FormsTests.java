package vn.pcmt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** The one form pattern: a broken rule lands where it belongs, next to every other error, and nothing runs twice. */
class FormsTests {

    record Line(String name, Integer year) {}

    private final StaticMessageSource messages = new StaticMessageSource();
    private final Forms forms;

    FormsTests() {
        messages.addMessage("line.duplicate", Locale.ROOT, "Đã có dòng {0}.");
        messages.addMessage("line.year", Locale.ROOT, "Năm {0} ngoài kế hoạch.");
        messages.addMessage("line.saved", Locale.ROOT, "Đã lưu {0}.");
        messages.addMessage("name.required", Locale.ROOT, "Vui lòng nhập tên.");
        messages.addMessage("year.required", Locale.ROOT, "Vui lòng nhập năm.");
        messages.setUseCodeAsDefaultMessage(true);
        LocaleContextHolder.setLocale(Locale.ROOT);
        forms = new Forms(messages);
    }

    private static BindingResult errorsOf(Line line) {
        return new BeanPropertyBindingResult(line, "line");
    }

    @Test
    void a_rule_that_names_a_field_of_the_form_is_shown_beside_it_with_what_was_typed() {
        BindingResult errors = errorsOf(new Line("Dòng A", 2031));

        boolean done = forms.submit(
                errors,
                new RedirectAttributesModelMap(),
                () -> {
                    throw RuleViolationException.onField("year", "line.year", "2031");
                },
                "line.saved",
                "Dòng A");

        assertThat(done).isFalse();
        assertThat(errors.getGlobalErrors()).isEmpty();
        assertThat(errors.getFieldError("year").getCode()).isEqualTo("line.year");
        assertThat(errors.getFieldError("year").getRejectedValue()).isEqualTo(2031);
        assertThat(messages.getMessage(errors.getFieldError("year"), Locale.ROOT))
                .isEqualTo("Năm 2031 ngoài kế hoạch.");
    }

    @Test
    void a_rule_without_a_field_or_with_a_field_the_form_lacks_is_shown_above_the_form_and_can_be_read_back() {
        BindingResult errors = errorsOf(new Line("Dòng A", 2026));
        RuleViolationException duplicate =
                new RuleViolationException(Map.of("existingLineId", 7L), "line.duplicate", "A");

        assertThat(forms.submit(errors, () -> {
                    throw duplicate;
                }))
                .isEmpty();
        forms.reject(errors, RuleViolationException.onField("nowhere", "line.year", 2026));

        assertThat(errors.getGlobalErrors()).extracting("code").containsExactly("line.duplicate", "line.year");
        assertThat(Forms.violation(errors)).containsSame(duplicate);
    }

    @Test
    void a_form_with_binding_errors_does_not_run_the_change() {
        BindingResult errors = errorsOf(new Line("", null));
        errors.rejectValue("name", "name.required");
        AtomicBoolean ran = new AtomicBoolean();

        assertThat(forms.submit(errors, () -> ran.getAndSet(true))).isEmpty();
        assertThat(ran).isFalse();
    }

    @Test
    void a_small_form_flashes_every_invalid_field_at_once() {
        BindingResult errors = errorsOf(new Line("", null));
        errors.rejectValue("name", "name.required");
        errors.rejectValue("year", "year.required");
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

        assertThat(forms.act(errors, redirect, () -> {}, "line.saved", "x")).isFalse();

        assertThat(redirect.getFlashAttributes().get(Forms.FLASH_ERROR))
                .isEqualTo("Vui lòng nhập tên. Vui lòng nhập năm.");
    }

    @Test
    void a_change_made_flashes_its_success_and_a_refused_one_its_reason() {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        assertThat(forms.act(redirect, () -> {}, "line.saved", "Dòng A")).isTrue();
        assertThat(redirect.getFlashAttributes().get(Forms.FLASH)).isEqualTo("Đã lưu Dòng A.");

        RedirectAttributesModelMap refused = new RedirectAttributesModelMap();
        assertThat(forms.act(refused, () -> {
                    throw new RuleViolationException("line.duplicate", "A");
                }))
                .isEmpty();
        assertThat(refused.getFlashAttributes().get(Forms.FLASH_ERROR)).isEqualTo("Đã có dòng A.");
        assertThat(refused.getFlashAttributes()).doesNotContainKey(Forms.FLASH);
    }

    @Test
    void a_page_that_answers_on_itself_gets_the_reason_in_its_model() {
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(forms.onPage(model, "error", () -> {
                    throw new RuleViolationException("line.duplicate", "A");
                }))
                .isFalse();
        assertThat(model.getAttribute("error")).isEqualTo("Đã có dòng A.");
    }
}
