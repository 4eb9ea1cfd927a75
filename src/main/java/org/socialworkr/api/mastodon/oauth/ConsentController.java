package org.socialworkr.api.mastodon.oauth;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.socialworkr.account.CurrentAccount;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page where a member, logged in through the normal web login, lets an app act for them
 * (the authorization server sends them here), and the page that shows the code to copy into an
 * app that registered the out-of-band redirect.
 */
@Controller
class ConsentController {

    private final RegisteredClientRepository clients;

    ConsentController(RegisteredClientRepository clients) {
        this.clients = clients;
    }

    record ScopeView(String value, String descriptionKey) {}

    @GetMapping(MastodonOAuth.CONSENT_PAGE)
    String consent(
            @RequestParam(name = "client_id") String clientId,
            @RequestParam(required = false) String scope,
            @RequestParam String state,
            CurrentAccount member,
            Model model) {
        RegisteredClient client = clients.findByClientId(clientId);
        if (client == null || member == null) {
            return "redirect:/";
        }
        Set<String> requested = MastodonScopes.parse(scope);
        List<ScopeView> scopes = new ArrayList<>();
        for (String value : requested) {
            if (client.getScopes().contains(value)) {
                scopes.add(new ScopeView(value, "oauth.scope." + value.replace(':', '.')));
            }
        }
        model.addAttribute("appName", client.getClientName());
        model.addAttribute("website", client.getClientSettings().getSetting(AppsController.WEBSITE_SETTING));
        model.addAttribute("clientId", clientId);
        model.addAttribute("state", state);
        model.addAttribute("scopes", scopes);
        return "api/consent";
    }

    @GetMapping(MastodonOAuth.NATIVE_CODE_PAGE)
    String nativeCode(@RequestParam String code, Model model) {
        model.addAttribute("code", code);
        return "api/authorization-code";
    }
}
