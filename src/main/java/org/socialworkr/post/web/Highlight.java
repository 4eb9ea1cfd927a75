package org.socialworkr.post.web;

import java.util.ArrayList;
import java.util.List;
import org.socialworkr.confidentiality.Finding;

/**
 * The author's text cut into pieces for the page: plain ones, and the passages the guard flagged
 * with their reasons, so the template can mark them (escaped like any text).
 *
 * @param reason why the piece was flagged, or {@code null} for plain text
 */
record Highlight(String text, String reason) {

    static List<Highlight> of(String text, List<Finding> findings) {
        List<Highlight> pieces = new ArrayList<>();
        int position = 0;
        for (Finding finding : findings) {
            if (finding.start() < position || finding.end() > text.length()) {
                continue;
            }
            if (finding.start() > position) {
                pieces.add(new Highlight(text.substring(position, finding.start()), null));
            }
            pieces.add(new Highlight(text.substring(finding.start(), finding.end()), finding.message()));
            position = finding.end();
        }
        if (position < text.length()) {
            pieces.add(new Highlight(text.substring(position), null));
        }
        return pieces;
    }
}
