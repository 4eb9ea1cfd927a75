package org.socialworkr.confidentiality;

/**
 * One passage that may identify a client.
 *
 * @param start offset of the first character in the checked text (Java {@code char} index)
 * @param end offset just after the last character (exclusive), so {@code text.substring(start, end)}
 *     is the passage
 * @param message why the passage was flagged, in the reader's language
 */
public record Finding(FindingKind kind, int start, int end, String message) {

    public Finding {
        if (kind == null || start < 0 || end <= start) {
            throw new IllegalArgumentException("A finding needs a kind and a non-empty range");
        }
    }
}
