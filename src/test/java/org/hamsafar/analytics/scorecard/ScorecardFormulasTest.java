package org.hamsafar.analytics.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScorecardFormulasTest {
    private static final ScorecardParameters DEFAULTS = ScorecardParameters.read(tools.jackson.databind.node.JsonNodeFactory.instance.objectNode());

    /**
     * A 30-day month of a small company on web, app and phone (in use over the range), chat never used:
     * web active 30 days, app 15, phone 0; 20 support contacts in 16 episodes, 12 settled at the first
     * contact, no self-service events recorded; 50 checkouts of which 40 purchased, median 5 steps;
     * no targeted messages; 200 active customers, 50 on two or more channels; CES mean 5.5 of 40 answers;
     * app sessions 100 with 10 purchases, web 200 with 40; 30 buying episodes, 10 switched, 6 of those bought.
     */
    private static MonthInputs month() {
        return new MonthInputs(30, Set.of("app", "phone", "web"), Map.of("web", 30L, "app", 15L), 20, 16, 12, 0, false, 50, 40, 5.0,
                0, false, 200, 50, 5.5, 40, 100, 10, 200, 40, 30, 10, 6);
    }

    /* coverage 2/3; availability (30/30 + 15/30 + 0/30)/3 = 0.5; score 100 · (0.6667 + 0.5)/2 = 58.33 */
    @Test
    void accessibilityIsCoverageAndAvailabilityOfTheChannelsInUse() {
        AreaScore score = ScorecardFormulas.accessibility(month());
        assertThat(score.score()).isCloseTo(100 * (2.0 / 3 + 0.5) / 2, within(1e-9));
        assertThat(score.components()).containsEntry("activeChannels", 2L).containsEntry("channelsInUse", 3);
    }

    /* FCR 12/16 = 0.75; self-service not recorded, so the score rests on FCR alone: 75 */
    @Test
    void serviceConvenienceRestsOnFirstContactResolutionWhenNoSelfServiceIsRecorded() {
        AreaScore score = ScorecardFormulas.serviceConvenience(month());
        assertThat(score.score()).isCloseTo(75.0, within(1e-9));
        assertThat(score.components()).containsEntry("selfServiceShare", null).containsKey("selfServiceNote");
    }

    /* with 60 self-service events: share 60/(60 + 20) = 0.75, FCR 0.75: 75; with 180: 0.9, mean 0.825 */
    @Test
    void selfServiceShareJoinsWhenRecorded() {
        MonthInputs m = month();
        MonthInputs tracked = new MonthInputs(m.daysInMonth(), m.channelsInUse(), m.activeDays(), m.contacts(), m.contactEpisodes(),
                m.resolvedFirst(), 180, true, m.checkouts(), m.convertedCheckouts(), m.medianSteps(), 0, false, m.activeCustomers(),
                m.multiChannelCustomers(), m.ces(), m.cesAnswers(), m.mobileSessions(), m.mobilePurchases(), m.webSessions(),
                m.webPurchases(), m.buyingEpisodes(), m.switchedEpisodes(), m.switchedCompleted());
        assertThat(ScorecardFormulas.serviceConvenience(tracked).score()).isCloseTo(100 * (0.75 + 0.9) / 2, within(1e-9));
    }

    /* conversion 40/50 = 0.8; step economy min(1, 4/5) = 0.8; score 80 */
    @Test
    void purchaseConvenienceIsConversionAndStepEconomy() {
        assertThat(ScorecardFormulas.purchaseConvenience(month(), DEFAULTS.idealSteps()).score()).isCloseTo(80.0, within(1e-9));
    }

    @Test
    void personalisationWithoutTargetedMessagesHasNoScoreAndSaysWhy() {
        AreaScore score = ScorecardFormulas.personalisation(month());
        assertThat(score.score()).isNull();
        assertThat(score.reason()).startsWith("no data");
    }

    /* CES (5.5 − 1)/6 = 0.75; app rate 0.1, web 0.2: parity 0.5; score 62.5 */
    @Test
    void simplicityIsScaledCesAndMobileParity() {
        AreaScore score = ScorecardFormulas.simplicity(month());
        assertThat(score.score()).isCloseTo(62.5, within(1e-9));
        assertThat((Double) score.components().get("mobileParity")).isCloseTo(0.5, within(1e-12));
    }

    /* multi-channel 50/200 = 0.25; switch completion 6/10 = 0.6; score 42.5 */
    @Test
    void channelFlexibilityIsMultiChannelShareAndSwitchCompletion() {
        assertThat(ScorecardFormulas.channelFlexibility(month()).score()).isCloseTo(42.5, within(1e-9));
    }

    @Test
    void aMonthWithoutAnyDataHasNoScores() {
        MonthInputs empty = new MonthInputs(31, Set.of(), Map.of(), 0, 0, 0, 0, false, 0, 0, null, 0, false, 0, 0, null, 0, 0, 0, 0, 0, 0, 0, 0);
        for (ScorecardArea area : ScorecardArea.values()) {
            AreaScore score = area.score(empty, DEFAULTS);
            assertThat(score.score()).as(area.key()).isNull();
            assertThat(score.reason()).as(area.key()).isNotBlank();
        }
    }

    /* Gregorian: the 3 whole months before 15 January 2026 are October to December 2025. Jalali: 15 January 2026 is
       25 Dey 1404; the three months before are Mehr (from 23 September 2025), Aban (23 October) and Azar (22 November to 22 December). */
    @Test
    void monthsAreTheWholeMonthsBeforeTheCurrentOne() {
        List<ScorecardMonths.Month> gregorian = ScorecardMonths.before(LocalDate.of(2026, 1, 15), 3, false);
        assertThat(gregorian).extracting(ScorecardMonths.Month::label).containsExactly("2025-10", "2025-11", "2025-12");
        assertThat(gregorian.get(2).days()).isEqualTo(31);
        List<ScorecardMonths.Month> jalali = ScorecardMonths.before(LocalDate.of(2026, 1, 15), 3, true);
        assertThat(jalali).extracting(ScorecardMonths.Month::label).containsExactly("1404-07", "1404-08", "1404-09");
        assertThat(jalali.get(0).start()).isEqualTo(LocalDate.of(2025, 9, 23));
        assertThat(jalali.get(2).end()).isEqualTo(LocalDate.of(2025, 12, 22));
    }
}
