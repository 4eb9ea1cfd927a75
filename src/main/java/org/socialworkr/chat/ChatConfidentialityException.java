package org.socialworkr.chat;

import java.util.List;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.confidentiality.Finding;

/** The message may identify a client and the sender has not confirmed it: shown with the findings, answered 422 by the API. */
public class ChatConfidentialityException extends InvalidRequestException {

    private final transient List<Finding> findings;

    public ChatConfidentialityException(List<Finding> findings) {
        super("error.chat.confidentiality");
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
