package org.socialworkr.group.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.socialworkr.account.AccountDirectory;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.InstanceProperties;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.group.GroupForm;
import org.socialworkr.group.GroupKind;
import org.socialworkr.group.GroupPrivacy;
import org.socialworkr.group.GroupRole;
import org.socialworkr.group.GroupSearch;
import org.socialworkr.group.GroupView;
import org.socialworkr.group.Groups;
import org.socialworkr.group.MembershipState;
import org.socialworkr.profile.PracticeArea;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Groups as JSON, with the web's rules: a hidden group a member is not in is 404, moderation by
 * others than owners and moderators 403, bad input 400 with {@code {"error": "..."}}. The group
 * timeline and posting to a group belong to the Mastodon API ({@code Groups#timeline},
 * {@code PostDraft#groupId}).
 */
@RestController
@RequestMapping("/api/v1/groups")
class GroupApiController {

    private final Groups groups;
    private final InstanceProperties instance;
    private final AccountDirectory accounts;

    GroupApiController(Groups groups, InstanceProperties instance, AccountDirectory accounts) {
        this.groups = groups;
        this.instance = instance;
        this.accounts = accounts;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.OK)
    GroupJson.Group create(CurrentAccount currentAccount, @RequestBody GroupJson.GroupBody body) {
        GroupForm form = new GroupForm(
                body.name(),
                body.slug() == null || body.slug().isBlank() ? slugOf(body.name()) : body.slug(),
                body.description(),
                kind(body.kind(), GroupKind.TOPIC),
                privacy(body.visibility(), GroupPrivacy.PUBLIC),
                tags(body.tags(), Set.of()),
                body.region(),
                body.rules(),
                body.questions());
        return json(groups.create(currentAccount.id(), form));
    }

    @GetMapping("/{id}")
    GroupJson.Group show(CurrentAccount currentAccount, @PathVariable long id) {
        return json(groups.get(viewerId(currentAccount), id));
    }

    @PatchMapping("/{id}")
    GroupJson.Group update(
            CurrentAccount currentAccount, @PathVariable long id, @RequestBody GroupJson.GroupBody body) {
        GroupView group = groups.get(currentAccount.id(), id);
        GroupForm old = group.form();
        GroupForm form = new GroupForm(
                body.name() == null ? old.name() : body.name(),
                body.slug() == null ? old.slug() : body.slug(),
                body.description() == null ? old.description() : body.description(),
                kind(body.kind(), old.kind()),
                privacy(body.visibility(), old.privacy()),
                tags(body.tags(), old.tags()),
                body.region() == null ? old.region() : body.region(),
                body.rules() == null ? old.rules() : body.rules(),
                body.questions() == null ? old.questions() : body.questions());
        return json(groups.update(currentAccount.id(), id, form));
    }

    @GetMapping
    List<GroupJson.Summary> search(
            CurrentAccount currentAccount,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer limit) {
        GroupKind wantedKind = kind == null || kind.isBlank() ? null : kind(kind, null);
        PracticeArea wantedTag = tag == null || tag.isBlank()
                ? null
                : tags(List.of(tag), Set.of()).iterator().next();
        return groups
                .search(
                        viewerId(currentAccount),
                        new GroupSearch(q, wantedKind, wantedTag, region),
                        limit == null ? 20 : limit)
                .stream()
                .map(group -> GroupJson.Summary.of(group, instance.absoluteUrl("/groups/" + group.slug())))
                .toList();
    }

    @PostMapping("/{id}/join")
    GroupJson.Relationship join(
            CurrentAccount currentAccount,
            @PathVariable long id,
            @RequestBody(required = false) GroupJson.JoinBody body) {
        MembershipState state = groups.join(currentAccount.id(), id, body == null ? null : body.answers());
        return GroupJson.Relationship.of(state);
    }

    @PostMapping("/{id}/leave")
    GroupJson.Relationship leave(CurrentAccount currentAccount, @PathVariable long id) {
        groups.leave(currentAccount.id(), id);
        return GroupJson.Relationship.of(MembershipState.NONE);
    }

    @GetMapping("/{id}/members")
    List<GroupJson.Member> members(
            CurrentAccount currentAccount, @PathVariable long id, @RequestParam(required = false) Integer limit) {
        return groups.members(currentAccount, id, limit == null ? 80 : Math.min(limit, 500)).stream()
                .map(GroupJson.Member::of)
                .toList();
    }

    @GetMapping("/{id}/requests")
    List<GroupJson.Request> requests(CurrentAccount currentAccount, @PathVariable long id) {
        return groups.requests(currentAccount.id(), id).stream()
                .map(GroupJson.Request::of)
                .toList();
    }

    @GetMapping("/{id}/bans")
    List<GroupJson.Banned> bans(CurrentAccount currentAccount, @PathVariable long id) {
        return accounts.findAll(groups.bannedIds(currentAccount.id(), id)).values().stream()
                .map(GroupJson.Banned::of)
                .toList();
    }

    @PostMapping("/{id}/requests/{accountId}/authorize")
    GroupJson.Group authorize(CurrentAccount currentAccount, @PathVariable long id, @PathVariable long accountId) {
        groups.approve(currentAccount.id(), id, accountId);
        return json(groups.get(currentAccount.id(), id));
    }

    @PostMapping("/{id}/requests/{accountId}/reject")
    GroupJson.Group reject(CurrentAccount currentAccount, @PathVariable long id, @PathVariable long accountId) {
        groups.decline(currentAccount.id(), id, accountId);
        return json(groups.get(currentAccount.id(), id));
    }

    @PostMapping("/{id}/invite")
    GroupJson.Group invite(
            CurrentAccount currentAccount,
            @PathVariable long id,
            @RequestParam(name = "account_id", required = false) String accountParam,
            @RequestBody(required = false) GroupJson.AccountBody body) {
        groups.invite(currentAccount.id(), id, accountId(accountParam, body));
        return json(groups.get(currentAccount.id(), id));
    }

    @PostMapping("/{id}/members/{accountId}/{action:remove|ban|unban}")
    GroupJson.Group moderate(
            CurrentAccount currentAccount,
            @PathVariable long id,
            @PathVariable long accountId,
            @PathVariable String action) {
        switch (action) {
            case "remove" -> groups.remove(currentAccount.id(), id, accountId);
            case "ban" -> groups.ban(currentAccount.id(), id, accountId);
            default -> groups.unban(currentAccount.id(), id, accountId);
        }
        return json(groups.get(currentAccount.id(), id));
    }

    @PostMapping("/{id}/members/{accountId}/role")
    GroupJson.Group role(
            CurrentAccount currentAccount,
            @PathVariable long id,
            @PathVariable long accountId,
            @RequestParam(name = "role", required = false) String roleParam,
            @RequestBody(required = false) GroupJson.AccountBody body) {
        String name = roleParam != null ? roleParam : body == null ? null : body.role();
        GroupRole role =
                GroupRole.fromApiName(name).orElseThrow(() -> new InvalidRequestException("error.group.badRole"));
        groups.changeRole(currentAccount.id(), id, accountId, role);
        return json(groups.get(currentAccount.id(), id));
    }

    @PostMapping("/{id}/transfer")
    GroupJson.Group transfer(
            CurrentAccount currentAccount,
            @PathVariable long id,
            @RequestParam(name = "account_id", required = false) String accountParam,
            @RequestBody(required = false) GroupJson.AccountBody body) {
        groups.transferOwnership(currentAccount.id(), id, accountId(accountParam, body));
        return json(groups.get(currentAccount.id(), id));
    }

    @PostMapping("/{id}/statuses/{postId}/{action:pin|unpin}")
    GroupJson.Group pin(
            CurrentAccount currentAccount,
            @PathVariable long id,
            @PathVariable long postId,
            @PathVariable String action) {
        if (action.equals("pin")) {
            groups.pin(currentAccount.id(), id, postId);
        } else {
            groups.unpin(currentAccount.id(), id, postId);
        }
        return json(groups.get(currentAccount.id(), id));
    }

    private GroupJson.Group json(GroupView group) {
        return GroupJson.Group.of(group, instance.absoluteUrl("/groups/" + group.slug()));
    }

    private static long accountId(String param, GroupJson.AccountBody body) {
        String value = param != null ? param : body == null ? null : body.accountId();
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException bad) {
            throw new InvalidRequestException("error.group.accountIdMissing");
        }
    }

    private static GroupKind kind(String name, GroupKind fallback) {
        if (name == null) {
            return fallback;
        }
        return GroupKind.fromApiName(name).orElseThrow(() -> new InvalidRequestException("error.group.badKind"));
    }

    private static GroupPrivacy privacy(String name, GroupPrivacy fallback) {
        if (name == null) {
            return fallback;
        }
        return GroupPrivacy.fromApiName(name).orElseThrow(() -> new InvalidRequestException("error.group.badPrivacy"));
    }

    private static Set<PracticeArea> tags(List<String> names, Set<PracticeArea> fallback) {
        if (names == null) {
            return fallback;
        }
        Set<PracticeArea> tags = new LinkedHashSet<>();
        for (String name : names) {
            try {
                tags.add(PracticeArea.valueOf(
                        name.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException | NullPointerException unknown) {
                throw new InvalidRequestException("error.group.badTag", String.valueOf(name));
            }
        }
        return tags;
    }

    /** A slug from the name: lowercase ASCII letters and digits joined by hyphens, starting with a letter. */
    static String slugOf(String name) {
        if (name == null) {
            return "";
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : ascii.split("[^a-z0-9]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        String slug = String.join("-", words);
        if (!slug.isEmpty() && !Character.isLetter(slug.charAt(0))) {
            slug = "g-" + slug;
        }
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }

    private static Long viewerId(CurrentAccount viewer) {
        return viewer == null ? null : viewer.id();
    }
}
