package org.socialworkr.web.internal;

import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping("/")
    String home(CurrentAccount currentAccount) {
        return currentAccount == null ? "web/welcome" : "web/home";
    }

    @Bean
    static NavigationItem homeNavigation() {
        return new NavigationItem("nav.home", "/", 0, false);
    }
}
