package org.socialworkr.confidentiality.internal;

import org.socialworkr.confidentiality.FindingKind;

/** A flagged passage of the checked text, end exclusive. */
record Span(FindingKind kind, int start, int end) {

    boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    int length() {
        return end - start;
    }
}
