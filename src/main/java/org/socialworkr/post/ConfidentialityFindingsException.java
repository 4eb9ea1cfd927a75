package org.socialworkr.post;

import java.util.List;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.confidentiality.Finding;

/**
 * The text may identify a client and the author has not confirmed it. Pages show the findings
 * next to the form; the API answers 422 with them spelled out.
 */
public class ConfidentialityFindingsException extends InvalidRequestException {

    private final transient List<Finding> findings;

    public ConfidentialityFindingsException(List<Finding> findings) {
        super("error.post.confidentiality");
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
