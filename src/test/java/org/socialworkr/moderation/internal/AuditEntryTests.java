package org.socialworkr.moderation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditEntryTests {

    @Test
    void cuttingNeverSplitsACharacterInTwo() {
        String detail = "x".repeat(AuditEntry.MAX_DETAIL_LENGTH - 1) + "\uD83D\uDE00 and more";

        String cut = AuditEntry.truncate(detail, AuditEntry.MAX_DETAIL_LENGTH);

        assertThat(cut).hasSize(AuditEntry.MAX_DETAIL_LENGTH - 1).doesNotContain("\uD83D");
    }

    @Test
    void longValuesAreCutToTheirLength() {
        assertThat(AuditEntry.truncate("x".repeat(500), AuditEntry.MAX_DETAIL_LENGTH))
                .hasSize(300);
    }

    @Test
    void shortAndMissingValuesStayAsTheyAre() {
        assertThat(AuditEntry.truncate(null, 10)).isNull();
        assertThat(AuditEntry.truncate("MODERATOR", 10)).isEqualTo("MODERATOR");
    }
}
