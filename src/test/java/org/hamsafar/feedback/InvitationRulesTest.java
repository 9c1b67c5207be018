package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.hamsafar.customers.ConsentState;
import org.junit.jupiter.api.Test;

/** The consent rule for survey invitations (see {@link InvitationRules}). */
class InvitationRulesTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private static ConsentState consent(String channel, String purpose, boolean granted, int day) {
        return new ConsentState(channel, purpose, granted, T.plusSeconds(86_400L * day), "test");
    }

    @Test
    void aGrantedSurveysOrFeedbackConsentAllowsThatChannelOnly() {
        assertThat(InvitationRules.consents(List.of(consent("email", "surveys", true, 0)), "email")).isTrue();
        assertThat(InvitationRules.consents(List.of(consent("sms", "feedback", true, 0)), "sms")).isTrue();
        assertThat(InvitationRules.consents(List.of(consent("email", "surveys", true, 0)), "sms")).isFalse();
    }

    @Test
    void marketingConsentCountsOnlyWhenNoSurveyConsentWasEverRecorded() {
        assertThat(InvitationRules.consents(List.of(consent("sms", "marketing", true, 0)), "sms")).isTrue();
        assertThat(InvitationRules.consents(List.of(consent("sms", "marketing", true, 0), consent("sms", "surveys", false, 0)), "sms"))
                .isFalse();
    }

    @Test
    void theNewestOfSurveysAndFeedbackDecides() {
        assertThat(InvitationRules.consents(List.of(consent("email", "surveys", true, 1), consent("email", "feedback", false, 2)), "email"))
                .isFalse();
        assertThat(InvitationRules.consents(List.of(consent("email", "surveys", true, 3), consent("email", "feedback", false, 2)), "email"))
                .isTrue();
    }

    @Test
    void otherPurposesAndNoConsentAllowNothing() {
        assertThat(InvitationRules.consents(List.of(consent("sms", "service", true, 0)), "sms")).isFalse();
        assertThat(InvitationRules.consents(List.of(), "email")).isFalse();
        assertThat(InvitationRules.consents(List.of(consent("email", "marketing", false, 0)), "email")).isFalse();
    }
}
