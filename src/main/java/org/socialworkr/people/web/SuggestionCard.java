package org.socialworkr.people.web;

import java.util.List;
import org.socialworkr.profile.DirectoryEntry;

/** A suggestion as the page shows it, with its reasons already written out. */
record SuggestionCard(DirectoryEntry person, List<String> reasons) {}
