package org.hamsafar.web;

import java.util.Map;
import org.springframework.stereotype.Component;

/** Icons (Bootstrap Icons classes) that pages use for recurring concepts; templates call {@code ${@ui...}}. */
@Component("ui")
public class UiIcons {
    private static final Map<String, String> CHANNELS = Map.of(
            "web", "bi-globe", "app", "bi-phone", "email", "bi-envelope", "sms", "bi-chat-left-text",
            "phone", "bi-telephone", "chat", "bi-chat-dots", "social", "bi-share", "store", "bi-shop",
            "other", "bi-three-dots");

    public String channelIcon(String channel) {
        return CHANNELS.getOrDefault(channel, "bi-three-dots");
    }
}
