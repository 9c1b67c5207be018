package org.hamsafar.shared;

import java.util.Locale;
import java.util.Optional;

/** The channels on which a customer meets the business. */
public enum Channel {
    WEB, APP, EMAIL, SMS, PHONE, CHAT, SOCIAL, STORE, OTHER;

    private final String key = name().toLowerCase(Locale.ROOT);

    public String key() {
        return key;
    }

    public static Optional<Channel> fromKey(String key) {
        for (Channel channel : values()) {
            if (channel.key().equals(key)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
