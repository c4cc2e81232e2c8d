package vn.pcmt.web;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.pcmt.access.CurrentUsers;
import vn.pcmt.access.Permission;
import vn.pcmt.localities.DrugFreeService;
import vn.pcmt.people.WorkList;

/** The home page: the user's work list and what they can reach from here. */
@Controller
class HomeController {

    private final CurrentUsers users;
    private final WorkList workList;
    private final DrugFreeService drugFree;

    HomeController(CurrentUsers users, WorkList workList, DrugFreeService drugFree) {
        this.users = users;
        this.workList = workList;
        this.drugFree = drugFree;
    }

    @GetMapping("/")
    String home(Model model) {
        if (users.require().can(Permission.PERSON_READ)) {
            model.addAttribute("workItems", workList.due(LocalDate.now()));
        }
        model.addAttribute("drugFreeAlerts", drugFree.openAlerts(null));
        return "home";
    }
}
