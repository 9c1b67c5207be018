package org.hamsafar.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The development SMS "gateway": writes each message to the log and keeps the last ones in memory
 * (for the dashboard and tests). Nothing leaves the machine. The log holds the personal links, so
 * this is no choice for production.
 */
class LogSmsSender implements SmsSender {
    private static final Logger log = LoggerFactory.getLogger(LogSmsSender.class);
    private final Deque<Sent> recent = new ArrayDeque<>();
    private final int keep;
    private final Clock clock;

    LogSmsSender(int keep, Clock clock) {
        this.keep = Math.max(1, keep);
        this.clock = clock;
    }

    record Sent(String to, String text, Instant at) {
    }

    @Override
    public synchronized void send(String e164Phone, String text) {
        log.info("SMS to {}: {}", e164Phone, text);
        recent.addFirst(new Sent(e164Phone, text, clock.instant()));
        while (recent.size() > keep) {
            recent.removeLast();
        }
    }

    /** The messages kept, newest first. */
    synchronized List<Sent> recent() {
        return new ArrayList<>(recent);
    }
}
