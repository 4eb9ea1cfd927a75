package org.socialworkr.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SkewTests {

    private final SplittableRandom random = new SplittableRandom(42);

    @Test
    void zipfDrawsTheTopRanksFarMoreOftenThanTheTail() {
        Skew.Zipf zipf = new Skew.Zipf(10_000, 0.8);
        int[] counts = new int[zipf.size()];
        int draws = 500_000;
        for (int i = 0; i < draws; i++) {
            counts[zipf.sample(random)]++;
        }

        assertThat((double) counts[0] / draws).isCloseTo(zipf.probability(0), within(0.002));
        assertThat((double) counts[9] / draws).isCloseTo(zipf.probability(9), within(0.001));
        // Rank 1 is drawn 10^0.8 (about 6.3) times as often as rank 10.
        assertThat((double) counts[0] / counts[9]).isBetween(5.5, 7.2);
        int tail = 0;
        for (int rank = 5_000; rank < 10_000; rank++) {
            tail += counts[rank];
        }
        assertThat(counts[0]).isGreaterThan(tail / 100);
    }

    @Test
    void mostMembersFollowBetweenTwentyAndTwoHundred() {
        int draws = 100_000;
        int between = 0;
        int above = 0;
        int max = 0;
        for (int i = 0; i < draws; i++) {
            int count = Skew.followeeCount(random, 100_000);
            if (count >= 20 && count <= 200) {
                between++;
            } else if (count > 200) {
                above++;
            }
            max = Math.max(max, count);
        }

        assertThat((double) between / draws).isBetween(0.84, 0.90);
        assertThat((double) above / draws).isBetween(0.03, 0.07);
        assertThat(max).isLessThanOrEqualTo(1000);
        assertThat(Skew.followeeCount(new SplittableRandom(1), 5)).isLessThanOrEqualTo(5);
    }

    @Test
    void reactionsAreHeavyTailed() {
        int draws = 100_000;
        int none = 0;
        long total = 0;
        int max = 0;
        for (int i = 0; i < draws; i++) {
            int count = Skew.reactionCount(random, 1.0);
            none += count == 0 ? 1 : 0;
            total += count;
            max = Math.max(max, count);
        }

        assertThat((double) none / draws).isBetween(0.4, 0.8);
        assertThat((double) total / draws).isBetween(0.7, 2.5);
        assertThat(max).isGreaterThan(50);
    }

    @Test
    void weightedDrawsNeverPickAMemberWithoutWeight() {
        double[] cumulative = {1.0, 1.0, 1.0, 3.0, 3.0, 4.0};

        assertThat(DatasetGenerator.drawWeighted(cumulative, 0.0)).isZero();
        assertThat(DatasetGenerator.drawWeighted(cumulative, 1.0)).isEqualTo(3);
        assertThat(DatasetGenerator.drawWeighted(cumulative, 2.9)).isEqualTo(3);
        assertThat(DatasetGenerator.drawWeighted(cumulative, 3.0)).isEqualTo(5);
        assertThat(DatasetGenerator.drawWeighted(cumulative, 3.99)).isEqualTo(5);
    }

    @Test
    void postTextIsEscapedForItsHtml() {
        assertThat(DatasetGenerator.escape("<b>\"Q&A\"</b> it's"))
                .isEqualTo("&lt;b&gt;&quot;Q&amp;A&quot;&lt;/b&gt; it&#39;s");
    }
}
