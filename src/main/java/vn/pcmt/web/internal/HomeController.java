package vn.pcmt.web.internal;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.pcmt.localities.Localities;

/**
 * The home page: the user's whole work list (ADR 047: every module's items, grouped with counts, each linking to the
 * page where it is done), the drug-free alerts, and what they can reach from here. With {@code group}, one group's
 * items page by page.
 */
@Controller
class HomeController {

    /** Items shown of each group on the home page before "all N". */
    static final int GROUP_PREVIEW = 10;

    /** Items a page when one group is shown whole. */
    static final int GROUP_PAGE = 50;

    private final WorkListing listing;
    private final Localities drugFree;

    HomeController(WorkListing listing, Localities drugFree) {
        this.listing = listing;
        this.drugFree = drugFree;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) String group, @RequestParam(defaultValue = "0") int page, Model model) {
        List<WorkListing.Group> groups = listing.groups();
        WorkListing.Group shown = group == null
                ? null
                : groups.stream()
                        .filter(g -> g.group().equals(group))
                        .findFirst()
                        .orElse(null);
        model.addAttribute("workGroups", groups);
        model.addAttribute(
                "workTotal", groups.stream().mapToInt(WorkListing.Group::count).sum());
        if (shown != null) {
            int pages = (shown.count() + GROUP_PAGE - 1) / GROUP_PAGE;
            int current = Math.max(0, Math.min(page, pages - 1));
            model.addAttribute("shownGroup", shown);
            model.addAttribute("shownItems", shown.page(current, GROUP_PAGE));
            model.addAttribute("shownPage", current);
            model.addAttribute("shownPages", pages);
        }
        model.addAttribute("preview", GROUP_PREVIEW);
        model.addAttribute("drugFreeAlerts", drugFree.openAlerts(null));
        return "home";
    }
}
