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

    public String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
