package org.socialworkr.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.InstanceProperties;
import org.socialworkr.common.web.NavigationBadge;
import org.socialworkr.common.web.NavigationItem;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.LazyContextVariable;

/**
 * What the shared layout needs on every page: the member, the menu with its badges, the current
 * path and the instance's name.
 */
@Component
class LayoutModel {

    private final List<NavigationItem> navigation;
    private final List<NavigationBadge> badges;
    private final InstanceProperties instance;

    LayoutModel(List<NavigationItem> navigation, List<NavigationBadge> badges, InstanceProperties instance) {
        this.navigation = navigation.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
        this.badges = List.copyOf(badges);
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
        attributes.put(
                "currentPath",
                request.getRequestURI().substring(request.getContextPath().length()));
        attributes.put("instanceName", instance.name());
        attributes.put("badges", currentAccount == null ? Map.of() : badges(currentAccount.id()));
        return attributes;
    }

    /**
     * Path to count, counted only when a template reads them, so JSON responses, redirects and
     * fragments that share this model do not pay for the queries.
     */
    private LazyContextVariable<Map<String, Long>> badges(long accountId) {
        return new LazyContextVariable<>() {
            @Override
            protected Map<String, Long> loadValue() {
                Map<String, Long> counts = new LinkedHashMap<>();
                badges.forEach(badge -> counts.put(badge.path(), badge.count(accountId)));
                return counts;
            }
        };
    }
}
