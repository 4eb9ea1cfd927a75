package org.socialworkr.web.internal;

import org.socialworkr.common.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;

/**
 * The home entry of the menu. The page at {@code /} belongs to the feed module, which shows a
 * member's feed and this module's welcome page ({@code web/welcome}) to visitors: one handler for
 * the one address, and no dependency of the frame on the feed.
 */
@Controller
class HomeController {

    @Bean
    static NavigationItem homeNavigation() {
        return new NavigationItem("nav.home", "/", 0, false);
    }
}
