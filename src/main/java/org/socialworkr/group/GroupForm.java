package org.socialworkr.group;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.socialworkr.profile.PracticeArea;

/**
 * A group's settings, as created or edited (the cover image is changed on its own).
 *
 * @param slug the address under {@code /groups/}: lowercase letters, digits and hyphens, starting with a letter
 * @param description Markdown
 * @param rules Markdown
 * @param questions up to {@link Groups#MAX_QUESTIONS} questions a private group asks who requests to join
 */
public record GroupForm(
        @NotBlank(message = "{group.validation.name}") @Size(max = 100, message = "{group.validation.tooLong}")
                String name,
        @NotBlank(message = "{group.validation.slug}")
                @Size(min = 3, max = 60, message = "{group.validation.slug}")
                @Pattern(regexp = Groups.SLUG_PATTERN, message = "{group.validation.slug}")
                String slug,
        @Size(max = 5000, message = "{group.validation.tooLong}") String description,
        @NotNull(message = "{group.validation.kind}") GroupKind kind,
        @NotNull(message = "{group.validation.privacy}") GroupPrivacy privacy,
        Set<PracticeArea> tags,
        @Size(max = 100, message = "{group.validation.tooLong}") String region,
        @Size(max = 5000, message = "{group.validation.tooLong}") String rules,
        List<@Size(max = 300, message = "{group.validation.tooLong}") String> questions) {

    public GroupForm {
        tags = tags == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(tags));
        List<String> asked = new ArrayList<>();
        if (questions != null) {
            for (String question : questions) {
                if (question != null && !question.isBlank()) {
                    asked.add(question.strip());
                }
            }
        }
        questions = List.copyOf(asked);
    }

    public static GroupForm empty() {
        return new GroupForm("", "", "", GroupKind.TOPIC, GroupPrivacy.PUBLIC, Set.of(), "", "", List.of());
    }
}
