package org.socialworkr.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.socialworkr.account.CurrentAccount;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets any controller take a {@link CurrentAccount} parameter: the member, or {@code null} for a visitor. */
@Configuration(proxyBeanMethods = false)
class CurrentAccountSupport implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType().equals(CurrentAccount.class);
            }

            @Override
            public Object resolveArgument(
                    MethodParameter parameter,
                    ModelAndViewContainer container,
                    NativeWebRequest request,
                    WebDataBinderFactory binders) {
                return currentAccount(request.getNativeRequest(HttpServletRequest.class));
            }
        });
    }

    static CurrentAccount currentAccount(HttpServletRequest request) {
        return request == null
                ? null
                : (CurrentAccount) request.getAttribute(AccountSessionFilter.CURRENT_ACCOUNT_ATTRIBUTE);
    }
}
