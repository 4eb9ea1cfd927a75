package org.socialworkr.common.audit;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The remote address of the request being served, as the servlet container resolved it behind proxies. */
public final class ClientAddresses {

    private ClientAddresses() {}

    public static String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
