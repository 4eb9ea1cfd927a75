package org.socialworkr.connection;

/**
 * Something between two members changed: a follow, connection, block or mute began or ended.
 * Published with every such change (alongside the specific events), so that modules keeping a
 * member's network in memory, such as the home feed, drop what they hold for both.
 */
public record RelationshipChanged(long memberId, long otherId) {}
