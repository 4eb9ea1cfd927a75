package org.socialworkr.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The skewed distributions of the generated network. Real social networks are heavy-tailed: a
 * few members have thousands of followers and write a lot, most follow a few dozen to a few
 * hundred people and post now and then.
 */
final class Skew {

    private Skew() {}

    /**
     * Draws ranks {@code 0..n-1} with probability proportional to {@code 1 / (rank + 1)^exponent}
     * (Zipf), by binary search in the cumulative weights: O(log n) per draw.
     */
    static final class Zipf {

        private final double[] cumulative;

        Zipf(int n, double exponent) {
            if (n < 1) {
                throw new IllegalArgumentException("n must be positive");
            }
            cumulative = new double[n];
            double sum = 0;
            for (int rank = 0; rank < n; rank++) {
                sum += 1.0 / Math.pow(rank + 1, exponent);
                cumulative[rank] = sum;
            }
            for (int rank = 0; rank < n; rank++) {
                cumulative[rank] /= sum;
            }
        }

        int sample(SplittableRandom random) {
            int index = Arrays.binarySearch(cumulative, random.nextDouble());
            int rank = index >= 0 ? index : -index - 1;
            return Math.min(rank, cumulative.length - 1);
        }

        /** The probability of drawing this rank. */
        double probability(int rank) {
            return rank == 0 ? cumulative[0] : cumulative[rank] - cumulative[rank - 1];
        }

        int size() {
            return cumulative.length;
        }
    }

    /**
     * How many members someone follows: most (87%) between 20 and 200, spread log-uniformly;
     * 8% newcomers with fewer than 20; 5% avid networkers with 200 to 1,000. Never more than
     * {@code max}.
     */
    static int followeeCount(SplittableRandom random, int max) {
        double u = random.nextDouble();
        int count;
        if (u < 0.08) {
            count = 1 + random.nextInt(19);
        } else if (u < 0.95) {
            count = logUniform(random, 20, 200);
        } else {
            count = logUniform(random, 200, 1000);
        }
        return Math.min(count, max);
    }

    /** How many mutual connections a member starts with: geometric, mean about 8, at most 150. */
    static int connectionCount(SplittableRandom random) {
        double u = random.nextDouble();
        return (int) Math.min(150, Math.floor(Math.log(1 - u) / Math.log(1 - 1.0 / 9)));
    }

    /** How many reactions a post gets: most none or a few, popular authors' posts many more. */
    static int reactionCount(SplittableRandom random, double authorPopularity) {
        // Pareto with shape 1.6 (finite mean, heavy tail), scaled by how popular the author is.
        double pareto = Math.pow(1 - random.nextDouble(), -1 / 1.6) - 1;
        return (int) Math.min(500, Math.floor(pareto * authorPopularity));
    }

    static int logUniform(SplittableRandom random, int low, int high) {
        return (int) Math.round(Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low))));
    }
}
