package org.socialworkr.api.mastodon.accounts;

import static org.socialworkr.api.mastodon.LoginRequiredException.require;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialworkr.account.AccountDirectory;
import org.socialworkr.account.AccountNotFoundException;
import org.socialworkr.account.AccountStatus;
import org.socialworkr.account.AccountSummary;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.api.mastodon.AccountViews;
import org.socialworkr.api.mastodon.Entities.Account;
import org.socialworkr.api.mastodon.Entities.Field;
import org.socialworkr.api.mastodon.Entities.Relationship;
import org.socialworkr.api.mastodon.Entities.Source;
import org.socialworkr.api.mastodon.Entities.Status;
import org.socialworkr.api.mastodon.Paging;
import org.socialworkr.api.mastodon.StatusViews;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.common.NotAllowedException;
import org.socialworkr.connection.Connections;
import org.socialworkr.connection.NetworkPage;
import org.socialworkr.post.IdPage;
import org.socialworkr.post.PostLists;
import org.socialworkr.profile.ProfileForm;
import org.socialworkr.profile.ProfileLink;
import org.socialworkr.profile.Profiles;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Mastodon's accounts over accounts, profiles and connections. A member's profile and public
 * statuses may be read by visitors (as on the web); everything else needs a member. Lists of
 * followers and following respect the owner's network visibility (403 when hidden).
 */
@RestController
@RequestMapping("/api/v1/accounts")
class MastodonAccountsController {

    static final int LIST_DEFAULT = 40;
    static final int LIST_MAX = 80;
    static final int MAX_RELATIONSHIP_IDS = 100;

    /** Rails' nested form names: {@code fields_attributes[0][name]}, {@code fields_attributes[0][value]}. */
    private static final Pattern FIELD_ATTRIBUTE = Pattern.compile("fields_attributes\\[(\\d+)]\\[(name|value)]");

    private final AccountViews views;
    private final StatusViews statuses;
    private final AccountDirectory directory;
    private final Profiles profiles;
    private final Connections connections;
    private final PostLists postLists;
    private final Validator validator;

    MastodonAccountsController(
            AccountViews views,
            StatusViews statuses,
            AccountDirectory directory,
            Profiles profiles,
            Connections connections,
            PostLists postLists,
            Validator validator) {
        this.views = views;
        this.statuses = statuses;
        this.directory = directory;
        this.profiles = profiles;
        this.connections = connections;
        this.postLists = postLists;
        this.validator = validator;
    }

    @GetMapping("/verify_credentials")
    Account verifyCredentials(CurrentAccount currentAccount) {
        return own(require(currentAccount));
    }

    /** Display name, note (the bio, Markdown), avatar and fields (profile links), as JSON or a form. */
    @PatchMapping(path = "/update_credentials", consumes = MediaType.APPLICATION_JSON_VALUE)
    Account updateCredentialsJson(CurrentAccount currentAccount, @RequestBody CredentialsBody body) {
        List<ProfileLink> links = body.fieldsAttributes() == null
                ? null
                : body.fieldsAttributes().values().stream()
                        .map(field -> new ProfileLink(field.name(), field.value()))
                        .toList();
        return update(currentAccount, body.displayName(), body.note(), links, null);
    }

    @PatchMapping(
            path = "/update_credentials",
            consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE})
    Account updateCredentialsForm(
            CurrentAccount currentAccount,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam(required = false) MultipartFile avatar) {
        Map<Integer, String[]> fields = new TreeMap<>();
        form.forEach((name, values) -> {
            Matcher matcher = FIELD_ATTRIBUTE.matcher(name);
            if (matcher.matches() && !values.isEmpty()) {
                String[] pair = fields.computeIfAbsent(Integer.valueOf(matcher.group(1)), index -> new String[2]);
                pair[matcher.group(2).equals("name") ? 0 : 1] = values.get(0);
            }
        });
        List<ProfileLink> links = fields.isEmpty()
                ? null
                : fields.values().stream()
                        .map(pair -> new ProfileLink(pair[0], pair[1]))
                        .toList();
        return update(currentAccount, form.getFirst("display_name"), form.getFirst("note"), links, avatar);
    }

    record CredentialsBody(
            @JsonProperty("display_name") String displayName,
            String note,
            @JsonProperty("fields_attributes") Map<String, FieldBody> fieldsAttributes) {}

    record FieldBody(String name, String value) {}

    private Account update(
            CurrentAccount currentAccount,
            String displayName,
            String note,
            List<ProfileLink> links,
            MultipartFile avatar) {
        long me = currentAccount.id();
        ProfileForm current = profiles.editForm(me);
        ProfileForm changed = new ProfileForm(
                displayName == null ? current.displayName() : displayName,
                current.pronouns(),
                current.headline(),
                current.credentials(),
                current.licenseStates(),
                current.licenseNumber(),
                current.agency(),
                current.role(),
                current.practiceAreas(),
                current.modalities(),
                current.populations(),
                current.city(),
                current.stateOrProvince(),
                current.country(),
                current.education(),
                note == null ? current.bio() : note,
                links == null ? current.links() : links,
                current.visibility());
        Set<ConstraintViolation<ProfileForm>> violations = validator.validate(changed);
        if (!violations.isEmpty()) {
            ConstraintViolation<ProfileForm> first = violations.iterator().next();
            throw new InvalidRequestException(
                    "error.api.invalidProfile", first.getPropertyPath().toString(), first.getMessage());
        }
        profiles.update(me, changed);
        if (avatar != null && !avatar.isEmpty()) {
            try (InputStream data = avatar.getInputStream()) {
                profiles.changeAvatar(me, data, avatar.getContentType());
            } catch (IOException e) {
                throw new InvalidRequestException("error.api.unreadableUpload");
            }
        }
        return own(currentAccount);
    }

    private Account own(CurrentAccount me) {
        ProfileForm form = profiles.editForm(me.id());
        List<Field> fields = form.links().stream()
                .map(link -> new Field(link.label(), link.url(), null))
                .toList();
        return views.full(me.id(), me)
                .withSource(new Source(
                        form.bio() == null ? "" : form.bio(),
                        fields,
                        "public",
                        false,
                        null,
                        connections.incomingRequests(me.id()).size()));
    }

    @GetMapping("/lookup")
    Account lookup(CurrentAccount currentAccount, @RequestParam String acct) {
        String username = acct.replaceFirst("^@", "").replaceFirst("@.*$", "");
        AccountSummary found = directory
                .findByUsername(username)
                .filter(account -> account.status() == AccountStatus.ACTIVE)
                .orElseThrow(AccountNotFoundException::new);
        return views.full(found.id(), currentAccount);
    }

    /** Members by name or username, as the people directory finds them for this member. */
    @GetMapping("/search")
    List<Account> search(
            CurrentAccount currentAccount,
            @RequestParam(name = "q") String query,
            @RequestParam(required = false) Integer limit) {
        require(currentAccount);
        int size = limit == null ? LIST_DEFAULT : Math.max(1, Math.min(limit, LIST_MAX));
        return views.search(currentAccount, query, size);
    }

    /** Accepts Mastodon's {@code id[]=1&id[]=2} and plain {@code id=1&id=2}; unknown ids get an empty relationship. */
    @GetMapping("/relationships")
    List<Relationship> relationships(
            CurrentAccount currentAccount,
            @RequestParam(name = "id[]", required = false) List<Long> bracketIds,
            @RequestParam(name = "id", required = false) List<Long> plainIds) {
        require(currentAccount);
        List<Long> ids = new ArrayList<>();
        if (bracketIds != null) {
            ids.addAll(bracketIds);
        }
        if (plainIds != null) {
            ids.addAll(plainIds);
        }
        List<Long> distinct = ids.stream().distinct().toList();
        if (distinct.size() > MAX_RELATIONSHIP_IDS) {
            throw new InvalidRequestException("error.connection.tooManyIds", MAX_RELATIONSHIP_IDS);
        }
        Map<Long, org.socialworkr.connection.Relationship> found =
                connections.relationships(currentAccount.id(), distinct);
        return distinct.stream()
                .map(id -> Relationship.of(id, found.getOrDefault(id, org.socialworkr.connection.Relationship.NONE)))
                .toList();
    }

    @GetMapping("/{id:\\d+}")
    Account show(CurrentAccount currentAccount, @PathVariable long id) {
        return views.full(id, currentAccount);
    }

    @GetMapping("/{id:\\d+}/statuses")
    ResponseEntity<List<Status>> statuses(
            CurrentAccount currentAccount,
            @PathVariable long id,
            @RequestParam(name = "max_id", required = false) Long maxId,
            @RequestParam(name = "since_id", required = false) Long sinceId,
            @RequestParam(name = "min_id", required = false) Long minId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(name = "exclude_replies", defaultValue = "false") boolean excludeReplies,
            @RequestParam(name = "exclude_reblogs", defaultValue = "false") boolean excludeReblogs,
            @RequestParam(name = "only_media", defaultValue = "false") boolean onlyMedia,
            @RequestParam(defaultValue = "false") boolean pinned) {
        views.active(id);
        Paging paging = Paging.of(maxId, sinceId, minId, limit);
        if (pinned) {
            return Paging.respond(List.of(), null, null, false);
        }
        IdPage page = postLists.byAuthor(
                id,
                currentAccount == null ? null : currentAccount.id(),
                paging.maxId(),
                paging.sinceId(),
                paging.limit(),
                excludeReplies,
                excludeReblogs,
                onlyMedia);
        Long newest = page.ids().isEmpty() ? null : page.ids().get(0);
        return Paging.respond(
                statuses.statuses(page.ids(), currentAccount), newest, page.nextMaxId(), page.nextMaxId() != null);
    }

    @GetMapping("/{id:\\d+}/followers")
    ResponseEntity<List<Account>> followers(
            CurrentAccount currentAccount,
            @PathVariable long id,
            @RequestParam(name = "max_id", required = false) Long maxId,
            @RequestParam(required = false) Integer limit) {
        Paging paging = Paging.of(maxId, null, null, limit, LIST_DEFAULT, LIST_MAX);
        return network(
                currentAccount, connections.followerList(visibleNetworkOf(currentAccount, id), maxId, paging.limit()));
    }

    @GetMapping("/{id:\\d+}/following")
    ResponseEntity<List<Account>> following(
            CurrentAccount currentAccount,
            @PathVariable long id,
            @RequestParam(name = "max_id", required = false) Long maxId,
            @RequestParam(required = false) Integer limit) {
        Paging paging = Paging.of(maxId, null, null, limit, LIST_DEFAULT, LIST_MAX);
        return network(
                currentAccount, connections.followingList(visibleNetworkOf(currentAccount, id), maxId, paging.limit()));
    }

    @PostMapping("/{id:\\d+}/follow")
    Relationship follow(CurrentAccount currentAccount, @PathVariable long id) {
        return act(currentAccount, id, connections::follow);
    }

    @PostMapping("/{id:\\d+}/unfollow")
    Relationship unfollow(CurrentAccount currentAccount, @PathVariable long id) {
        return act(currentAccount, id, connections::unfollow);
    }

    @PostMapping("/{id:\\d+}/block")
    Relationship block(CurrentAccount currentAccount, @PathVariable long id) {
        return act(currentAccount, id, connections::block);
    }

    @PostMapping("/{id:\\d+}/unblock")
    Relationship unblock(CurrentAccount currentAccount, @PathVariable long id) {
        return act(currentAccount, id, connections::unblock);
    }

    @PostMapping("/{id:\\d+}/mute")
    Relationship mute(CurrentAccount currentAccount, @PathVariable long id) {
        return act(currentAccount, id, connections::mute);
    }

    @PostMapping("/{id:\\d+}/unmute")
    Relationship unmute(CurrentAccount currentAccount, @PathVariable long id) {
        return act(currentAccount, id, connections::unmute);
    }

    private Relationship act(CurrentAccount currentAccount, long otherId, BiConsumer<Long, Long> action) {
        action.accept(currentAccount.id(), otherId);
        return Relationship.of(otherId, connections.relationship(currentAccount.id(), otherId));
    }

    private long visibleNetworkOf(CurrentAccount viewer, long ownerId) {
        require(viewer);
        views.active(ownerId);
        if (!connections.canSeeNetwork(viewer.id(), ownerId)) {
            throw new NotAllowedException("error.connection.listHidden");
        }
        return ownerId;
    }

    private ResponseEntity<List<Account>> network(CurrentAccount viewer, NetworkPage page) {
        List<Account> body = views.list(page.accountIds(), viewer);
        if (page.entries().isEmpty()) {
            return Paging.respond(body, null, null, false);
        }
        return Paging.respond(body, page.entries().get(0).cursor(), page.nextMaxId(), page.nextMaxId() != null);
    }
}
