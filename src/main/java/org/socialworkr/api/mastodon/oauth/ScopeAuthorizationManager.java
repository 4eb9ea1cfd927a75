package org.socialworkr.api.mastodon.oauth;

import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.socialworkr.account.OAuthSupport;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Decides bearer requests: the token must carry the scope the endpoint needs (see
 * {@link ApiScopeRules}), belong to a member unless the endpoint serves apps, and a member who
 * has not confirmed their email address yet may only read.
 */
final class ScopeAuthorizationManager implements AuthorizationManager<RequestAuthorizationContext> {

    private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);
    private static final AuthorizationDecision DENIED = new AuthorizationDecision(false);

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        if (!(authentication.get() instanceof BearerTokenAuthentication token)) {
            return DENIED;
        }
        Set<String> authorities = token.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        Set<String> scopes = authorities.stream()
                .filter(authority -> authority.startsWith("SCOPE_"))
                .map(authority -> authority.substring("SCOPE_".length()))
                .collect(Collectors.toSet());
        ApiScopeRules.Requirement requirement = ApiScopeRules.requirementOf(context.getRequest());
        boolean member = authorities.contains("ROLE_MEMBER");
        if (requirement.memberRequired() && !member) {
            return refuse(context, HttpStatus.UNPROCESSABLE_CONTENT, ApiAccessErrors.MEMBER_REQUIRED);
        }
        if (requirement.scope() != null && !MastodonScopes.satisfies(scopes, requirement.scope())) {
            return refuse(context, HttpStatus.FORBIDDEN, ApiAccessErrors.OUTSIDE_SCOPES);
        }
        if (requirement.write() && authorities.contains(OAuthSupport.UNCONFIRMED)) {
            return refuse(context, HttpStatus.FORBIDDEN, ApiAccessErrors.UNCONFIRMED);
        }
        return GRANTED;
    }

    private static AuthorizationDecision refuse(RequestAuthorizationContext context, HttpStatus status, String why) {
        context.getRequest().setAttribute(ApiAccessErrors.REFUSAL_ATTRIBUTE, new ApiAccessErrors.Refusal(status, why));
        return DENIED;
    }
}
