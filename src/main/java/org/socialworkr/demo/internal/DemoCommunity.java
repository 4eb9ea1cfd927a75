package org.socialworkr.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialworkr.account.AccountDirectory;
import org.socialworkr.account.AccountRegistration;
import org.socialworkr.account.SignUpRequest;
import org.socialworkr.connection.Connections;
import org.socialworkr.group.GroupForm;
import org.socialworkr.group.GroupView;
import org.socialworkr.group.Groups;
import org.socialworkr.post.PostDraft;
import org.socialworkr.post.PostVisibility;
import org.socialworkr.post.Posts;
import org.socialworkr.profile.FieldVisibility;
import org.socialworkr.profile.ProfileField;
import org.socialworkr.profile.ProfileForm;
import org.socialworkr.profile.Profiles;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Loads the demo community once, when demo mode is on and the community is not there yet. */
@Component
class DemoCommunity {

    private static final Logger log = LoggerFactory.getLogger(DemoCommunity.class);

    private final DemoProperties properties;
    private final AccountRegistration registration;
    private final AccountDirectory directory;
    private final Profiles profiles;
    private final Connections connections;
    private final Posts posts;
    private final Groups groups;

    DemoCommunity(
            DemoProperties properties,
            AccountRegistration registration,
            AccountDirectory directory,
            Profiles profiles,
            Connections connections,
            Posts posts,
            Groups groups) {
        this.properties = properties;
        this.registration = registration;
        this.directory = directory;
        this.profiles = profiles;
        this.connections = connections;
        this.posts = posts;
        this.groups = groups;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnStart() {
        if (properties.enabled()) {
            load();
        }
    }

    /** @return how many members were added: none when the community is already there */
    int load() {
        int added = 0;
        for (DemoMember member : DemoMembers.ALL) {
            if (directory.findByUsername(member.username()).isEmpty()) {
                add(member);
                added++;
            }
        }
        if (added == DemoMembers.ALL.size()) {
            connectAndPost();
        }
        if (added > 0) {
            log.info(
                    "Demo community loaded: {} members; log in as any of them (for example maria_lopez) with the "
                            + "password set in socialworkr.demo.password",
                    added);
        }
        return added;
    }

    /** Only into a community loaded just now: members already there keep the network they built. */
    private void connectAndPost() {
        for (DemoConversations.Connection pair : DemoConversations.CONNECTIONS) {
            long addressee = idOf(pair.addressee());
            var request = connections.requestConnection(idOf(pair.requester()), addressee, null);
            connections.accept(addressee, request.id());
        }
        for (DemoConversations.Connection pair : DemoConversations.FOLLOWS) {
            connections.follow(idOf(pair.requester()), idOf(pair.addressee()));
        }
        List<Long> published = new ArrayList<>();
        for (DemoConversations.Post post : DemoConversations.POSTS) {
            Long inReplyTo = post.replyTo() == null ? null : published.get(post.replyTo());
            published.add(posts.publish(
                    idOf(post.author()),
                    new PostDraft(post.text(), null, post.visibility(), inReplyTo, List.of(), List.of(), false)));
        }
        addGroups();
    }

    /** Each group with its owner, members (approved or invited as its privacy asks) and posts. */
    private void addGroups() {
        for (DemoGroups.Group demo : DemoGroups.ALL) {
            long owner = idOf(demo.owner());
            GroupView group = groups.create(
                    owner,
                    new GroupForm(
                            demo.name(),
                            demo.slug(),
                            demo.description(),
                            demo.kind(),
                            demo.privacy(),
                            demo.tags(),
                            demo.region(),
                            demo.rules(),
                            demo.questions()));
            for (String username : demo.members()) {
                long member = idOf(username);
                switch (demo.privacy()) {
                    case PUBLIC -> groups.join(member, group.id(), List.of());
                    case PRIVATE -> {
                        groups.join(member, group.id(), List.of("Happy to introduce myself at the next meeting."));
                        groups.approve(owner, group.id(), member);
                    }
                    case HIDDEN -> {
                        groups.invite(owner, group.id(), member);
                        groups.join(member, group.id(), List.of());
                    }
                }
            }
            for (String post : demo.posts()) {
                int colon = post.indexOf(": ");
                posts.publish(
                        idOf(post.substring(0, colon)),
                        new PostDraft(
                                post.substring(colon + 2),
                                null,
                                PostVisibility.GROUP,
                                null,
                                List.of(),
                                List.of(),
                                false,
                                group.id()));
            }
        }
    }

    private long idOf(String username) {
        return directory.findByUsername(username).orElseThrow().id();
    }

    private void add(DemoMember member) {
        long id = registration.registerConfirmed(new SignUpRequest(
                member.username(),
                member.username() + "@demo.socialworkr.invalid",
                properties.password(),
                member.displayName()));
        profiles.update(id, profileOf(member));
    }

    private static ProfileForm profileOf(DemoMember member) {
        return new ProfileForm(
                member.displayName(),
                member.pronouns(),
                member.headline(),
                member.credentials(),
                null,
                null,
                member.agency(),
                member.role(),
                member.practiceAreas(),
                member.modalities(),
                member.populations(),
                member.city(),
                member.stateOrProvince(),
                member.country(),
                member.education(),
                member.bio(),
                List.of(),
                Map.of(ProfileField.REGION, FieldVisibility.PUBLIC, ProfileField.AGENCY, FieldVisibility.PUBLIC));
    }
}
