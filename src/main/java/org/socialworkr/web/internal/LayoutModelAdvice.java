package org.socialworkr.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.InstanceProperties;
import org.socialworkr.common.web.NavigationItem;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: the member, the menu and the instance's name. */
@ControllerAdvice
class LayoutModelAdvice {

    private final List<NavigationItem> navigation;
    private final InstanceProperties instance;

    LayoutModelAdvice(List<NavigationItem> navigation, InstanceProperties instance) {
        this.navigation = navigation.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
        this.instance = instance;
    }

    @ModelAttribute("currentAccount")
    CurrentAccount currentAccount(CurrentAccount currentAccount) {
        return currentAccount;
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(CurrentAccount currentAccount) {
        return navigation.stream()
                .filter(item -> currentAccount != null || !item.membersOnly())
                .toList();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("instanceName")
    String instanceName() {
        return instance.name();
    }
}
