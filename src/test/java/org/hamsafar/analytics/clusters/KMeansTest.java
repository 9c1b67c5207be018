package org.hamsafar.analytics.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** k-means++, the silhouette and the choice of k on data whose answers are known by hand. */
class KMeansTest {

    /**
     * Nine 2-D points in three tight groups around (0, 0), (10, 0) and (0, 10). Whatever the seeds,
     * Lloyd's iterations end with the groups as clusters and each centre at its group's mean:
     * (1/3, 1/3), (31/3, 1/3) and (1/3, 31/3); the inertia is worked out below.
     */
    @Test
    void findsThreeHandMadeGroupsAndTheirMeans() {
        double[] x = {0, 0, 1, 0, 0, 1, 10, 0, 11, 0, 10, 1, 0, 10, 1, 10, 0, 11};
        KMeans.Fit fit = KMeans.fit(x, 9, 2, 3, 5, 100, 42);

        assertThat(fit.converged()).isTrue();
        assertThat(fit.labels()[0]).isEqualTo(fit.labels()[1]).isEqualTo(fit.labels()[2]);
        assertThat(fit.labels()[3]).isEqualTo(fit.labels()[4]).isEqualTo(fit.labels()[5]);
        assertThat(fit.labels()[6]).isEqualTo(fit.labels()[7]).isEqualTo(fit.labels()[8]);
        assertThat(fit.labels()[0]).isNotEqualTo(fit.labels()[3]).isNotEqualTo(fit.labels()[6]);
        int c = fit.labels()[3];
        assertThat(fit.centroids()[c * 2]).isCloseTo(31.0 / 3, within(1e-12));
        assertThat(fit.centroids()[c * 2 + 1]).isCloseTo(1.0 / 3, within(1e-12));
        // Each group: squared distances to (1/3, 1/3) are 2/9, 4/9 + 1/9 = 5/9, 5/9: 12/9 per group, 4 in all.
        assertThat(fit.inertia()).isCloseTo(4.0, within(1e-9));
    }

    /**
     * Points 0, 1 (cluster A) and 4, 6 (cluster B) on a line. By hand: s(0) = (5 - 1) / 5 = 0.8,
     * s(1) = (4 - 1) / 4 = 0.75, s(4) = (3.5 - 2) / 3.5 = 3/7, s(6) = (5.5 - 2) / 5.5 = 7/11;
     * mean (0.8 + 0.75 + 3/7 + 7/11) / 4 = 0.6537337662...
     */
    @Test
    void silhouetteOfATinyCaseMatchesTheHandComputation() {
        double mean = Silhouette.mean(new double[] {0, 1, 4, 6}, 4, 1, new int[] {0, 0, 1, 1}, 2);

        assertThat(mean).isCloseTo((0.8 + 0.75 + 3.0 / 7 + 7.0 / 11) / 4, within(1e-12));
        // A point alone in its cluster counts 0: {0}, {1, 4}... s(0) = 0, s(1) = (1 - 3) / 3, s(4) = (4 - 3) / 4.
        assertThat(Silhouette.mean(new double[] {0, 1, 4}, 3, 1, new int[] {0, 1, 1}, 2))
                .isCloseTo((0 + (1.0 - 3) / 3 + (4.0 - 3) / 4) / 3, within(1e-12));
        assertThat(Silhouette.mean(new double[] {0, 1}, 2, 1, new int[] {0, 0}, 2)).isNaN();
    }

    /** Four well-separated 3-D blobs of 150 points each (sd 0.5, centres 10 apart): the silhouette picks k = 4. */
    @Test
    void choosesTheNumberOfWellSeparatedBlobs() {
        double[][] centres = {{0, 0, 0}, {10, 0, 0}, {0, 10, 0}, {0, 0, 10}};
        int n = 600;
        double[] x = new double[n * 3];
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i * 3 + j] = centres[i % 4][j] + 0.5 * gaussian(random);
            }
        }
        KChoice.Choice choice = KChoice.choose(x, n, 3, new KChoice.Settings(2, 8, 3, 100, 100_000, 5_000, 1), (done, all) -> { });

        assertThat(choice.fit().k()).isEqualTo(4);
        assertThat(choice.candidates()).hasSize(7);
        assertThat(choice.silhouette()).isGreaterThan(0.8);
        for (int i = 4; i < n; i++) {
            assertThat(choice.fit().labels()[i]).isEqualTo(choice.fit().labels()[i % 4]);
        }
    }

    /** When k is chosen on a sample, the final clustering still covers every point. */
    @Test
    void choosesOnASampleAndFitsAllPoints() {
        int n = 2_000;
        double[] x = new double[n * 2];
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < n; i++) {
            x[i * 2] = (i % 2) * 20 + gaussian(random);
            x[i * 2 + 1] = gaussian(random);
        }
        KChoice.Choice choice = KChoice.choose(x, n, 2, new KChoice.Settings(2, 5, 2, 100, 300, 200, 9), (done, all) -> { });

        assertThat(choice.fit().k()).isEqualTo(2);
        assertThat(choice.fit().labels()).hasSize(n);
        assertThat(choice.fitSampleSize()).isEqualTo(300);
        assertThat(choice.silhouetteSampleSize()).isEqualTo(200);
        assertThat(choice.fit().labels()[0]).isNotEqualTo(choice.fit().labels()[1]);
    }

    @Test
    void clustersAreNumberedFromTheLargestAndAgesFallInPersonaRanges() {
        assertThat(ClusterAnalysis.bySize(new int[] {0, 1, 1, 2, 2, 2}, 3)).containsExactly(2, 1, 1, 0, 0, 0);
        assertThat(ClusterDescriber.ageRange(17)).isEqualTo("0-17");
        assertThat(ClusterDescriber.ageRange(24)).isEqualTo("18-24");
        assertThat(ClusterDescriber.ageRange(25)).isEqualTo("25-34");
        assertThat(ClusterDescriber.ageRange(44)).isEqualTo("35-44");
        assertThat(ClusterDescriber.ageRange(64)).isEqualTo("55-64");
        assertThat(ClusterDescriber.ageRange(70)).isEqualTo("65+");
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
