package org.socialworkr.group.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.group.Groups;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives the post composer the member's groups to choose from, on the pages that show it (the home
 * feed and the standalone composer) and nowhere else, so other pages pay no query. The post module
 * renders the choice without knowing about groups; it only passes the chosen id on.
 */
@Configuration
class ComposerGroupChoices implements WebMvcConfigurer {

    private static final Set<String> COMPOSER_VIEWS = Set.of("feed/home", "post/compose");

    private final Groups groups;

    ComposerGroupChoices(Groups groups) {
        this.groups = groups;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(
                    HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
                if (view == null || !COMPOSER_VIEWS.contains(view.getViewName())) {
                    return;
                }
                // The shared layout puts the member in every page's model.
                if (view.getModel().get("currentAccount") instanceof CurrentAccount account) {
                    view.addObject("groupChoices", groups.groupsOf(account.id()));
                }
            }
        });
    }
}
