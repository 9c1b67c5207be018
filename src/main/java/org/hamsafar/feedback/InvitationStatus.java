package org.hamsafar.feedback;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an invitation stands. SKIPPED: not sent on purpose (fatigue, consent, quota, no address). */
public enum InvitationStatus {
    SCHEDULED, SENT, ANSWERED, SKIPPED, FAILED, EXPIRED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<InvitationStatus> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }
}
