package org.socialworkr.chat;

/** Where a conversation shows for a member: the inbox, or the requests tab for message requests from non-connections. */
public enum Folder {
    INBOX,
    REQUESTS
}
