package org.socialworkr.group;

import java.time.Instant;
import java.util.List;

/** A pending request to join, with the answers to the group's questions (in the questions' order). */
public record JoinRequestView(
        long accountId, String username, String displayName, List<Answer> answers, Instant requestedAt) {

    public JoinRequestView {
        answers = List.copyOf(answers);
    }

    public record Answer(String question, String answer) {}
}
