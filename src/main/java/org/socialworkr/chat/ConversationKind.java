package org.socialworkr.chat;

/** A direct conversation has exactly two members and there is one per pair; a group has a title. */
public enum ConversationKind {
    DIRECT,
    GROUP
}
