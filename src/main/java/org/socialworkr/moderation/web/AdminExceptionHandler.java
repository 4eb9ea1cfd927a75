package org.socialworkr.moderation.web;

import java.util.Comparator;
import java.util.List;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.account.TwoFactorRequiredException;
import org.socialworkr.common.InstanceProperties;
import org.socialworkr.common.web.NavigationItem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * An administrator or moderator without two-factor login gets a page that says how to turn it
 * on, with a link, instead of the plain 403 page. Exception views miss the layout's model
 * attributes, so the few it needs are added here.
 */
@ControllerAdvice(basePackageClasses = AdminExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminExceptionHandler {

    private final List<NavigationItem> navigation;
    private final InstanceProperties instance;

    AdminExceptionHandler(List<NavigationItem> navigation, InstanceProperties instance) {
        this.navigation = navigation.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
        this.instance = instance;
    }

    @ExceptionHandler(TwoFactorRequiredException.class)
    ModelAndView twoFactorRequired(CurrentAccount currentAccount) {
        ModelAndView page = new ModelAndView("moderation/two-factor-required", HttpStatus.FORBIDDEN);
        page.addObject("currentAccount", currentAccount);
        page.addObject("navigation", navigation);
        page.addObject("instanceName", instance.name());
        return page;
    }
}
