package org.hamsafar.actions.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The follow-up entries of a case's history in words, from the application's own message files. */
class FollowUpHistoryTextTest {
    private static final Locale FA = Locale.forLanguageTag("fa");
    private static final Locale EN = Locale.forLanguageTag("en");

    private final FollowUpHistoryText texts = new FollowUpHistoryText(messages(), "Asia/Tehran");

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void aDelayedInvitationReadsInPersianWithAJalaliDateInTehranTime() {
        // 2026-05-06 12:30 UTC is 16:00 in Tehran on 16 Ordibehesht 1405.
        String fa = texts.describe(FollowUpNote.invited("email", 42, java.time.Instant.parse("2026-05-06T12:30:00Z")), FA);

        assertThat(fa).startsWith("مشتری را با ایمیل دعوت کرد (دعوت‌نامه‌ی ۴۲)؛ در ")
                .contains("۱۶ اردیبهشت ۱۴۰۵").contains("۱۶:۰۰").endsWith(" فرستاده می‌شود")
                .doesNotContain("2026").doesNotContain("42").doesNotContain("email");
        String en = texts.describe("invited|email|42|2026-05-06T12:30:00Z", EN);
        assertThat(en).isEqualTo("invited the customer by e-mail (invitation 42); it goes out on 6 May 2026, 16:00");
    }

    @Test
    void answersAndReasonsReadInTheReadersLanguage() {
        assertThat(texts.describe(FollowUpAnswer.of(java.util.Map.of("solved", false, "csat", 2),
                java.util.Map.of("solved", org.hamsafar.feedback.QuestionType.YES_NO, "csat", org.hamsafar.feedback.QuestionType.CSAT))
                .historyNote(), FA)).isEqualTo("مشکل حل نشده است؛ رضایت ۲ از ۵");
        assertThat(texts.describe("answered|yes", EN)).isEqualTo("the problem is solved");
        assertThat(texts.describe(FollowUpNote.notSent(FollowUpNote.STILL_OPEN, "7"), FA))
                .isEqualTo("فرستاده نشد: پیگیری رسیدگی پیشین (دعوت‌نامه‌ی ۷) هنوز باز است و پاسخ آن به حساب می‌آید");
        assertThat(texts.describe(FollowUpNote.unreachable("no consent to survey invitations by sms (needs a granted sms consent)"), EN))
                .isEqualTo("not sent: the customer has not consented to survey invitations by SMS");
        assertThat(texts.describe(FollowUpNote.notSent(FollowUpNote.SURVEY_CLOSED, "5", "paused"), FA))
                .isEqualTo("فرستاده نشد: نظرسنجی ۵ متوقف است و پاسخ نمی‌پذیرد");
        assertThat(texts.describe(FollowUpNote.notSent(FollowUpNote.REFUSED, "survey has reached its quota | of 10"), EN))
                .isEqualTo("not sent: the survey refused the invitation (survey has reached its quota | of 10)");
        assertThat(texts.describe(FollowUpNote.withdrawn(9), FA)).isEqualTo("دعوت‌نامه‌ی ۹ را پس گرفت: پرونده پیش از فرستادن آن بازگشایی شد");
    }

    @Test
    void anEntryWrittenBeforeCodesIsShownAsStored() {
        assertThat(texts.describe("solved=no; csat=2", FA)).isEqualTo("solved=no; csat=2");
    }
}
