package org.socialworkr.profile;

/**
 * Who is looking at a profile, as far as field visibility is concerned. The profile module
 * works this out from the request ({@code null} account: visitor; the owner; otherwise a member,
 * or a connection when a {@link ConnectionChecker} says so).
 */
public enum ProfileViewer {
    /** Not logged in. */
    VISITOR,
    /** A logged-in member who is not connected to the owner. */
    MEMBER,
    /** A member connected to the owner. */
    CONNECTION,
    /** The member whose profile it is. */
    OWNER
}
