package org.hamsafar.customers;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class IdentityNormalizerTest {

    private static String phone(String raw) {
        return IdentityNormalizer.normalize(IdentityKind.PHONE, raw).map(CustomerIdentity::value).orElse(null);
    }

    @Test
    void iranianMobileNumbersInEveryCommonFormBecomeOneE164Number() {
        assertThat(phone("09121234567")).isEqualTo("+989121234567");
        assertThat(phone("+989121234567")).isEqualTo("+989121234567");
        assertThat(phone("00989121234567")).isEqualTo("+989121234567");
        assertThat(phone("0098 912 123 4567")).isEqualTo("+989121234567");
        assertThat(phone("9121234567")).isEqualTo("+989121234567");
        assertThat(phone("۰۹۱۲۱۲۳۴۵۶۷")).isEqualTo("+989121234567");
        assertThat(phone("٠٩١٢١٢٣٤٥٦٧")).isEqualTo("+989121234567");
        assertThat(phone("(0912) 123-4567")).isEqualTo("+989121234567");
    }

    @Test
    void foreignNumbersKeepTheirCountryCode() {
        assertThat(phone("+49 30 901820")).isEqualTo("+4930901820");
        assertThat(phone("0044 20 7946 0958")).isEqualTo("+442079460958");
    }

    @Test
    void textThatIsNoPhoneNumberIsRefused() {
        assertThat(phone("not a phone")).isNull();
        assertThat(phone("12")).isNull();
        assertThat(phone("   ")).isNull();
    }

    @Test
    void emailsAreTrimmedAndLowerCased() {
        assertThat(IdentityNormalizer.normalize(IdentityKind.EMAIL, "  Sara.Karimi@Example.COM "))
                .contains(new CustomerIdentity(IdentityKind.EMAIL, "sara.karimi@example.com"));
        assertThat(IdentityNormalizer.normalize(IdentityKind.EMAIL, "no-at-sign.example.com")).isEmpty();
        assertThat(IdentityNormalizer.normalize(IdentityKind.EMAIL, "two@@example.com")).isEmpty();
    }

    @Property
    void anyIranianMobileNormalisesTheSameWayInEveryDigitScript(@ForAll @IntRange(min = 0, max = 9_999_999) int subscriber,
                                                                  @ForAll @IntRange(min = 0, max = 3) int operator) {
        String prefix = new String[] {"912", "935", "901", "921"}[operator];
        String national = "0" + prefix + String.format("%07d", subscriber);
        StringBuilder persian = new StringBuilder();
        for (char c : national.toCharArray()) {
            persian.append((char) ('۰' + (c - '0')));
        }

        String expected = "+98" + national.substring(1);

        assertThat(phone(national)).isEqualTo(expected);
        assertThat(phone(persian.toString())).isEqualTo(expected);
        assertThat(phone("+98" + national.substring(1))).isEqualTo(expected);
    }
}
