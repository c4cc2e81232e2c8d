package vn.pcmt.web;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.pcmt.access.CurrentUsers;
import vn.pcmt.access.Permission;
import vn.pcmt.people.WorkList;

/** The home page: the user's work list and what they can reach from here. */
@Controller
class HomeController {

    private final CurrentUsers users;
    private final WorkList workList;

    HomeController(CurrentUsers users, WorkList workList) {
        this.users = users;
        this.workList = workList;
    }

    @GetMapping("/")
    String home(Model model) {
        if (users.require().can(Permission.PERSON_READ)) {
            model.addAttribute("workItems", workList.due(LocalDate.now()));
        }
        return "home";
    }
}
