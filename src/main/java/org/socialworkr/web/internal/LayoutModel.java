package org.socialworkr.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.InstanceProperties;
import org.socialworkr.common.web.NavigationItem;
import org.springframework.stereotype.Component;

/** What the shared layout needs on every page: the member, the menu, the current path and the instance's name. */
@Component
class LayoutModel {

    private final List<NavigationItem> navigation;
    private final InstanceProperties instance;

    LayoutModel(List<NavigationItem> navigation, InstanceProperties instance) {
        this.navigation = navigation.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
        this.instance = instance;
    }

    Map<String, Object> attributes(CurrentAccount currentAccount, HttpServletRequest request) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("currentAccount", currentAccount);
        attributes.put(
                "navigation",
                navigation.stream()
                        .filter(item -> currentAccount != null || !item.membersOnly())
                        .toList());
        attributes.put("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
        attributes.put("instanceName", instance.name());
        return attributes;
    }
}
