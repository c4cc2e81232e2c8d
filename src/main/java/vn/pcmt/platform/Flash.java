package vn.pcmt.platform;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The one-line messages a page shows after a redirect: success ({@code flash}) or refusal ({@code flashError}). */
@Component
public class Flash {

    private final MessageSource messages;

    Flash(MessageSource messages) {
        this.messages = messages;
    }

    public void success(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flash", message(key, args));
    }

    public void refused(RedirectAttributes redirect, RuleViolationException e) {
        redirect.addFlashAttribute("flashError", message(e.messageKey(), e.arguments()));
    }

    public void refused(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flashError", message(key, args));
    }

    /** Runs a change and flashes its success, or the reason it was refused; true when it succeeded. */
    public boolean attempt(RedirectAttributes redirect, String successKey, Runnable change) {
        try {
            change.run();
            success(redirect, successKey);
            return true;
        } catch (RuleViolationException e) {
            refused(redirect, e);
            return false;
        }
    }

    /** A date a form must have, refused with a clear message when it is missing. */
    public static java.time.LocalDate requiredDate(java.time.LocalDate date) {
        if (date == null) {
            throw new RuleViolationException("form.dateRequired");
        }
        return date;
    }

    public String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
