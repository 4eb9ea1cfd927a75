package org.socialworkr.group;

import java.time.Instant;
import org.socialworkr.profile.DirectoryEntry;

/**
 * A member in a group's member list, with the profile fields the viewer may see.
 *
 * @param profile the member as the viewer may see them (fields hidden from the viewer are empty)
 */
public record GroupMember(long accountId, GroupRole role, Instant joinedAt, DirectoryEntry profile) {}
