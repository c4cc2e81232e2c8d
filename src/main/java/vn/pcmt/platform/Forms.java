package vn.pcmt.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page carries out what a form or a button asks for, and says how it went (ADR 019).
 *
 * <ul>
 *   <li>A form shown again when refused ({@link #submit}): the change runs only when the form is valid; a broken
 *       rule becomes an error of the form, beside the field it names ({@link RuleViolationException#field()}) or
 *       above the form, so the page shows it with every other error and with what was typed. Success is flashed.
 *   <li>A button or a small form on a page it redirects back to ({@link #act}): success or the refusal as the
 *       one-line message of the next page ({@code flash} or {@code flashError}); the invalid fields of a small form
 *       are all named in that message.
 *   <li>A page that answers on itself ({@link #onPage}): the refusal in words under a model attribute.
 * </ul>
 *
 * A controller reads:
 *
 * <pre>{@code
 * if (forms.submit(errors, redirect, () -> agencies.update(id, form), "agency.saved", form.name())) {
 *     return "redirect:/agencies";
 * }
 * return page(model);
 * }</pre>
 */
@Component
public class Forms {

    /** The model attribute of the success message shown after a redirect. */
    public static final String FLASH = "flash";

    /** The model attribute of the refusal shown after a redirect. */
    public static final String FLASH_ERROR = "flashError";

    private final MessageSource messages;

    Forms(MessageSource messages) {
        this.messages = messages;
    }

    // --- a form shown again with its errors

    /**
     * The change when the form bound and validated; a broken rule becomes an error of the form. The change's result
     * (never null), or empty when the form or the rule refused it.
     */
    public <T> Optional<T> submit(BindingResult errors, Supplier<T> change) {
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(change.get());
        } catch (RuleViolationException e) {
            reject(errors, e);
            return Optional.empty();
        }
    }

    /** The same for a change without result, its success flashed; true when it was made. */
    public boolean submit(
            BindingResult errors, RedirectAttributes redirect, Runnable change, String doneKey, Object... doneArgs) {
        boolean done = submit(errors, returningTrue(change)).isPresent();
        if (done) {
            success(redirect, doneKey, doneArgs);
        }
        return done;
    }

    /**
     * A form whose page is another one: the form and its errors go with the redirect, for that page to show them
     * with what was typed. Returns the view. The form is serializable: flashed attributes live in the session, which
     * lives in the database (ADR 055).
     */
    public String back(
            RedirectAttributes redirect, String name, java.io.Serializable form, BindingResult errors, String view) {
        redirect.addFlashAttribute(name, form);
        redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
        return view;
    }

    /** A broken rule as an error of the form: on the field it names when the form has it, else above the form. */
    public void reject(BindingResult errors, RuleViolationException e) {
        String key = e.messageKey();
        Optional<String> field = e.field().filter(f -> readable(errors, f));
        if (field.isPresent()) {
            errors.rejectValue(field.get(), key, e.arguments(), key);
            last(errors.getFieldErrors(field.get())).wrap(e);
        } else {
            errors.reject(key, e.arguments(), key);
            last(errors.getGlobalErrors()).wrap(e);
        }
    }

    /** The rule that refused the form, for a page that shows more of it (the record it collides with). */
    public static Optional<RuleViolationException> violation(BindingResult errors) {
        return errors.getAllErrors().stream()
                .filter(error -> error.contains(RuleViolationException.class))
                .map(error -> error.unwrap(RuleViolationException.class))
                .findFirst();
    }

    // --- a button or a small form: the answer after the redirect

    /** The change, its success or the reason it was refused flashed; true when it was made. */
    public boolean act(RedirectAttributes redirect, Runnable change, String doneKey, Object... doneArgs) {
        boolean done = act(redirect, returningTrue(change)).isPresent();
        if (done) {
            success(redirect, doneKey, doneArgs);
        }
        return done;
    }

    /**
     * The change, the reason it was refused flashed; its result (never null), or empty when refused. The caller
     * flashes the success, which names the result ({@link #done}).
     */
    public <T> Optional<T> act(RedirectAttributes redirect, Supplier<T> change) {
        try {
            return Optional.of(change.get());
        } catch (RuleViolationException e) {
            refused(redirect, e.messageKey(), e.arguments());
            return Optional.empty();
        }
    }

    /**
     * A small form on a page it redirects back to: every invalid field in the flashed message, else the change as
     * {@link #act(RedirectAttributes, Runnable, String, Object...)}.
     */
    public boolean act(
            BindingResult errors, RedirectAttributes redirect, Runnable change, String doneKey, Object... doneArgs) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute(FLASH_ERROR, messages(errors.getAllErrors()));
            return false;
        }
        return act(redirect, change, doneKey, doneArgs);
    }

    // --- a page that answers on itself

    /** The change; the reason it was refused, in words, in the model under {@code attribute}; true when made. */
    public boolean onPage(Model model, String attribute, Runnable change) {
        try {
            change.run();
            return true;
        } catch (RuleViolationException e) {
            model.addAttribute(attribute, message(e.messageKey(), e.arguments()));
            return false;
        }
    }

    // --- the messages

    public void success(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute(FLASH, message(key, args));
    }

    /** Success flashed, and the view to go to: {@code forms.act(…).map(x -> forms.done(redirect, view, key, …))}. */
    public String done(RedirectAttributes redirect, String view, String key, Object... args) {
        success(redirect, key, args);
        return view;
    }

    public void refused(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute(FLASH_ERROR, message(key, args));
    }

    public String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** A date a form must have, refused with a clear message when it is missing. */
    public static LocalDate requiredDate(LocalDate date) {
        if (date == null) {
            throw new RuleViolationException("form.dateRequired");
        }
        return date;
    }

    private String messages(List<? extends MessageSourceResolvable> errors) {
        return errors.stream()
                .map(error -> messages.getMessage(error, LocaleContextHolder.getLocale()))
                .distinct()
                .collect(Collectors.joining(" "));
    }

    private static Supplier<Boolean> returningTrue(Runnable change) {
        return () -> {
            change.run();
            return Boolean.TRUE;
        };
    }

    private static ObjectError last(List<? extends ObjectError> errors) {
        return errors.get(errors.size() - 1);
    }

    private static boolean readable(BindingResult errors, String field) {
        try {
            return errors.getTarget() != null && errors.getFieldType(field) != null;
        } catch (NotReadablePropertyException e) {
            return false;
        }
    }
}
