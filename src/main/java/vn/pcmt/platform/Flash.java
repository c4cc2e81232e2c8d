package vn.pcmt.platform;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The flashed messages of pages, now {@link Forms} (ADR 019). Kept only for the reporting-regime endpoints, which
 * are moving from {@code reports.web} to {@code plans.web} on another branch; remove it once they use {@code Forms}.
 */
@Component
@Deprecated(forRemoval = true)
public class Flash {

    private final Forms forms;

    Flash(Forms forms) {
        this.forms = forms;
    }

    /** Runs a change and flashes its success, or the reason it was refused; true when it succeeded. */
    public boolean attempt(RedirectAttributes redirect, String successKey, Runnable change) {
        return forms.act(redirect, change, successKey);
    }
}
