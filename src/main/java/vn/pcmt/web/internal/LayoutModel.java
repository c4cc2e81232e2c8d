package vn.pcmt.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.pcmt.access.CurrentUser;
import vn.pcmt.access.CurrentUsers;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitService;

/** Puts who is signed in (name, role, unit) on every page for the layout's header. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    /**
     * What the header shows of the signed-in user; {@code overview}: whether their jurisdiction is the country or a
     * whole province, who have the national or provincial dashboard (ADR 054).
     */
    record Viewer(CurrentUser user, String roleLabel, String unitLabel, boolean overview) {}

    private final CurrentUsers currentUsers;
    private final UnitService units;
    private final MessageSource messages;

    private final vn.pcmt.access.Workplaces facilities;

    LayoutModel(
            CurrentUsers currentUsers,
            UnitService units,
            MessageSource messages,
            vn.pcmt.access.Workplaces facilities) {
        this.facilities = facilities;
        this.currentUsers = currentUsers;
        this.units = units;
        this.messages = messages;
    }

    @ModelAttribute("viewer")
    Viewer viewer(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null; // the API has no layout; @RestController is a @Controller too
        }
        return currentUsers.current().map(this::describe).orElse(null);
    }

    private Viewer describe(CurrentUser user) {
        var locale = LocaleContextHolder.getLocale();
        String role = messages.getMessage("role." + user.role().name(), null, locale);
        // a facility's staff work in their facility (ADR 043)
        String unit = user.role().facilityScoped() && user.facilityId() != null
                ? facilities
                        .find(user.facilityId())
                        .map(vn.pcmt.access.Workplaces.Workplace::name)
                        .orElse("")
                : user.unitId() == null
                        ? messages.getMessage("unit.national", null, locale)
                        : units.findById(user.unitId()).map(AdminUnit::fullName).orElse("");
        boolean overview = !user.role().facilityScoped()
                && (user.unitId() == null
                        || units.findById(user.unitId())
                                .map(u -> u.level() == vn.pcmt.geo.UnitLevel.PROVINCE)
                                .orElse(false));
        return new Viewer(user, role, unit, overview);
    }
}
