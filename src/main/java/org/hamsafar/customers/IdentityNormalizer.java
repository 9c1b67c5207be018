package org.hamsafar.customers;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;
import java.util.Optional;
import org.hamsafar.shared.Digits;

/**
 * Brings identities to one form so that the same person is recognised however a channel wrote them:
 * emails trimmed and lower-cased; phones in E.164, read with Iran as the default region, so that
 * {@code 0912...}, {@code +98912...}, {@code 0098912...} and Persian or Arabic-Indic digits
 * ({@code ۰۹۱۲...}, {@code ٠٩١٢...}) all become {@code +98912...}.
 */
public final class IdentityNormalizer {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "IR";

    private IdentityNormalizer() {
    }

    public static Optional<CustomerIdentity> normalize(IdentityKind kind, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String value = raw.strip();
        return switch (kind) {
            case EMAIL -> email(value).map(v -> new CustomerIdentity(kind, v));
            case PHONE -> phone(value).map(v -> new CustomerIdentity(kind, v));
            case EXTERNAL_ID, ANONYMOUS_ID -> value.length() <= 200
                    ? Optional.of(new CustomerIdentity(kind, value)) : Optional.empty();
        };
    }

    /** Why a value of this kind was refused by {@link #normalize}, as an API message. */
    public static String invalidMessage(IdentityKind kind) {
        return switch (kind) {
            case EMAIL -> "must be an e-mail address";
            case PHONE -> "must be a phone number (e.g. 09121234567 or +989121234567)";
            case EXTERNAL_ID, ANONYMOUS_ID -> "must be at most 200 characters";
        };
    }

    static Optional<String> email(String value) {
        String email = value.toLowerCase(Locale.ROOT);
        int at = email.indexOf('@');
        boolean valid = at > 0 && at == email.lastIndexOf('@') && at < email.length() - 3
                && email.indexOf('.', at) > at + 1 && !email.endsWith(".") && email.length() <= 320
                && email.chars().noneMatch(Character::isWhitespace);
        return valid ? Optional.of(email) : Optional.empty();
    }

    static Optional<String> phone(String value) {
        String ascii = Digits.latin(value);
        if (ascii.startsWith("00")) {
            ascii = "+" + ascii.substring(2);
        }
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(ascii, DEFAULT_REGION);
            if (!PHONES.isPossibleNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
