package org.hamsafar.feedback;

import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SMS gateway: {@code hamsafar.sms.provider=log} (default; messages go to the log only) or
 * {@code http} with {@code hamsafar.sms.http.url}, optional {@code hamsafar.sms.http.authorization}
 * (the whole Authorization header value, e.g. "Bearer ..."), {@code hamsafar.sms.http.from} (the
 * sender number or name) and {@code hamsafar.sms.http.format} ({@code json}, default, or {@code form}).
 */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    @Bean
    SmsSender smsSender(@Value("${hamsafar.sms.provider:log}") String provider,
                        @Value("${hamsafar.sms.http.url:}") String url,
                        @Value("${hamsafar.sms.http.authorization:}") String authorization,
                        @Value("${hamsafar.sms.http.from:}") String from,
                        @Value("${hamsafar.sms.http.format:json}") String format,
                        @Value("${hamsafar.sms.log.keep:100}") int keep,
                        Clock clock) {
        switch (provider.strip().toLowerCase(Locale.ROOT)) {
            case "log":
                return new LogSmsSender(keep, clock);
            case "http":
                if (url.isBlank()) {
                    throw new IllegalStateException("hamsafar.sms.provider=http needs hamsafar.sms.http.url");
                }
                return new HttpSmsSender(URI.create(url.strip()), authorization, from,
                        HttpSmsSender.Format.valueOf(format.strip().toUpperCase(Locale.ROOT)));
            default:
                throw new IllegalStateException("hamsafar.sms.provider must be log or http, not " + provider);
        }
    }
}
