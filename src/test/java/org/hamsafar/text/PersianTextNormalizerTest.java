package org.hamsafar.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersianTextNormalizerTest {

    private final PersianTextNormalizer normalizer = new PersianTextNormalizer();

    private String norm(String raw) {
        return normalizer.normalize(raw).text();
    }

    @Test
    void arabicLetterFormsBecomePersian() {
        assertThat(norm("كتاب")).isEqualTo("کتاب");         // Arabic kaf
        assertThat(norm("يك روز")).isEqualTo("یک روز");     // Arabic yeh
        assertThat(norm("موسى")).isEqualTo("موسی");         // alef maksura
        assertThat(norm("مدرسة")).isEqualTo("مدرسه");       // teh marbuta
        assertThat(norm("خانۀ ما")).isEqualTo("خانه ما");   // heh with yeh above
        assertThat(norm("خانه\u0654 ما")).isEqualTo("خانه ما"); // the same, decomposed
        assertThat(norm("أحمد و إيران")).isEqualTo("احمد و ایران");
        assertThat(norm("ٱلله")).isEqualTo("الله");          // alef wasla
    }

    @Test
    void alefMaddaStaysALetterOfItsOwn() {
        assertThat(norm("آب")).isEqualTo("آب");
        assertThat(norm("ا\u0653ب")).isEqualTo("آب"); // decomposed alef + madda is composed
        assertThat(norm("\u0653ب")).isEqualTo("ب");   // a stray madda is a diacritic
    }

    @Test
    void persianAndArabicIndicDigitsBecomeLatin() {
        assertThat(norm("۱۲۳۴۵۶۷۸۹۰")).isEqualTo("1234567890");
        assertThat(norm("٤٥٦")).isEqualTo("456");
        assertThat(norm("۳٫۵ و ۱٬۰۰۰ و ۲۰٪")).isEqualTo("3.5 و 1,000 و 20%");
    }

    @Test
    void diacriticsAreRemoved() {
        assertThat(norm("کِتابٌ")).isEqualTo("کتاب");
        assertThat(norm("مُحَمَّد")).isEqualTo("محمد");
        assertThat(norm("رحمٰن")).isEqualTo("رحمن");     // superscript alef
        assertThat(norm("سلامٌ عليكم")).isEqualTo("سلام علیکم");
    }

    @Test
    void tatweelIsRemoved() {
        assertThat(norm("عـــالی")).isEqualTo("عالی");
        assertThat(norm("ممـنـون")).isEqualTo("ممنون");
    }

    @Test
    void informalElongationOfPersianLettersCollapses() {
        assertThat(norm("خیلیییی خوب")).isEqualTo("خیلی خوب");
        assertThat(norm("عاااالی")).isEqualTo("عالی");
        assertThat(norm("عالیییییییییی بود")).isEqualTo("عالی بود");
        assertThat(norm("پاییز")).isEqualTo("پاییز");           // a real doubled letter stays
        assertThat(norm("آمریکایی")).isEqualTo("آمریکایی");
        assertThat(norm("soooo cool www")).isEqualTo("soooo cool www"); // English is left alone
    }

    @Test
    void theThreeSpellingsOfTheVerbPrefixBecomeOne() {
        String zwnj = norm("می\u200Cخواهم");
        assertThat(zwnj).isEqualTo("میخواهم");
        assertThat(norm("میخواهم")).isEqualTo(zwnj);
        assertThat(norm("می خواهم")).isEqualTo(zwnj);
        assertThat(norm("مي خواهم")).isEqualTo(zwnj); // with an Arabic yeh as well

        assertThat(norm("نمی\u200Cخواهم")).isEqualTo("نمیخواهم");
        assertThat(norm("نمی خواهم")).isEqualTo("نمیخواهم");
        assertThat(norm("نمیخواهم")).isEqualTo("نمیخواهم");
    }

    @Test
    void theThreeSpellingsOfTheSuffixesBecomeOne() {
        for (String[] forms : new String[][] {
                {"کتاب\u200Cها", "کتاب ها", "کتابها"},
                {"کتاب\u200Cهای", "کتاب های", "کتابهای"},
                {"بزرگ\u200Cتر", "بزرگ تر", "بزرگتر"},
                {"بزرگ\u200Cترین", "بزرگ ترین", "بزرگترین"}}) {
            assertThat(norm(forms[0])).isEqualTo(forms[2]);
            assertThat(norm(forms[1])).isEqualTo(forms[2]);
            assertThat(norm(forms[2])).isEqualTo(forms[2]);
        }
    }

    @Test
    void affixesJoinOnlyAcrossASingleSpaceBetweenPersianWords() {
        assertThat(norm("می\nخواهم")).isEqualTo("می\nخواهم"); // a line break keeps them apart
        assertThat(norm("کتاب، ها")).isEqualTo("کتاب، ها");
        assertThat(norm("میز بزرگ")).isEqualTo("میز بزرگ");   // not the prefix
        assertThat(norm("book ها")).isEqualTo("book ها");
    }

    @Test
    void latinLettersAreLowerCasedAndEnglishOtherwiseUntouched() {
        assertThat(norm("The Delivery was LATE, but the food is great!"))
                .isEqualTo("the delivery was late, but the food is great!");
        assertThat(norm("Café ÜBER")).isEqualTo("café über");
    }

    @Test
    void whitespaceIsCollapsedAndTrimmedKeepingLineBreaks() {
        assertThat(norm("  a \t b\u00A0c\u202Fd  ")).isEqualTo("a b c d");
        assertThat(norm("first line  \r\n\r\n  second")).isEqualTo("first line\nsecond");
        assertThat(norm(" \n\t ")).isEmpty();
    }

    @Test
    void controlAndInvisibleCharactersAreDropped() {
        assertThat(norm("سل\u0000ام\u0007")).isEqualTo("سلام");
        assertThat(norm("\uFEFF\u200Fسلام\u200E\u202B")).isEqualTo("سلام");
        assertThat(norm("سل\u200Dام")).isEqualTo("سلام"); // zero-width joiner between letters
        assertThat(norm("a\uD800b")).isEqualTo("ab");       // lone surrogate
        assertThat(norm(null)).isEmpty();
    }

    @Test
    void emojiSequencesArePreserved() {
        String emoji = "😍 👎🏽 👨\u200D👩\u200D👧 ❤️ 🇮🇷 1️⃣";
        assertThat(norm(emoji)).isEqualTo(emoji);
    }

    @Test
    void offsetsOfAMixedSentenceWithAnEmojiPointIntoTheOriginal() {
        String raw = "  سفارش\u200Cها ديــر رسيد but the FOOD was 😍 عاااالی!";
        NormalizedText normalized = normalizer.normalize(raw);
        assertThat(normalized.text()).isEqualTo("سفارشها دیر رسید but the food was 😍 عالی!");

        assertThat(originalOf(normalized, "سفارشها")).isEqualTo("سفارش\u200Cها");
        assertThat(originalOf(normalized, "دیر")).isEqualTo("ديــر");
        assertThat(originalOf(normalized, "food")).isEqualTo("FOOD");
        assertThat(originalOf(normalized, "😍")).isEqualTo("😍");
        assertThat(originalOf(normalized, "عالی")).isEqualTo("عاااالی");
        assertThat(originalOf(normalized, "عالی!")).isEqualTo("عاااالی!");
        assertThat(normalized.toOriginal(0, normalized.length()).of(raw)).isEqualTo(raw.strip());
        assertThat(normalized.originalStart(normalized.length())).isEqualTo(raw.length());
        assertThat(normalized.toOriginal(3, 3)).isEqualTo(new Span(5, 5));
    }

    @Test
    void offsetsOfAJoinedPrefixCoverBothParts() {
        String raw = "من مي خواهم";
        NormalizedText normalized = normalizer.normalize(raw);
        assertThat(originalOf(normalized, "میخواهم")).isEqualTo("مي خواهم");
    }

    @Test
    void normalisingIsStableOnNormalisedText() {
        String once = norm("می خواهم  كتاب هاي بزرگ ترين را بخرم، خیلیییی ۱۲ تا!");
        assertThat(norm(once)).isEqualTo(once);
    }

    @Test
    void aHundredThousandCharactersWithControlCharactersDoNotThrow() {
        StringBuilder raw = new StringBuilder();
        while (raw.length() < 100_000) {
            raw.append("می\u200Cخواهم\u0000 کتاب ها ۱۲۳ 😍👎🏽 عاااالی\u0007 OK.\r\n");
        }
        NormalizedText normalized = normalizer.normalize(raw.toString());
        assertThat(normalized.length()).isBetween(10_000, 100_000);
        assertThat(normalized.text()).doesNotContain("\u0000", "\u0007", "\u200C", "\r");
        assertThat(normalized.toOriginal(0, normalized.length()).end()).isLessThanOrEqualTo(raw.length());
    }

    private static String originalOf(NormalizedText normalized, String part) {
        int at = normalized.text().indexOf(part);
        assertThat(at).as("'%s' in '%s'", part, normalized.text()).isNotNegative();
        return normalized.toOriginal(at, at + part.length()).of(normalized.original());
    }
}
