package vn.pcmt.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The user guide as a page, and the anchor of its section that the layout's help link opens (ADR 046). */
@Controller
class HelpController {

    private final UserGuide guide;

    HelpController(UserGuide guide) {
        this.guide = guide;
    }

    @GetMapping("/help")
    String help(Model model) {
        model.addAttribute("guide", guide.html());
        model.addAttribute("guideSections", guide.sections());
        return "help";
    }

    /** Puts {@code helpAnchor} (the section explaining the page asked for, or null) on every page. */
    @ControllerAdvice(annotations = Controller.class)
    static class HelpAnchor {

        private final UserGuide guide;

        HelpAnchor(UserGuide guide) {
            this.guide = guide;
        }

        @ModelAttribute("helpAnchor")
        String helpAnchor(HttpServletRequest request) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/api/")) {
                return null;
            }
            return guide.anchorFor(path);
        }
    }
}
