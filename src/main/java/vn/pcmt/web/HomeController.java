package vn.pcmt.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the user can reach from here. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
