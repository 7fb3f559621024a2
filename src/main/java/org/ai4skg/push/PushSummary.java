package org.ai4skg.push;

import java.time.Duration;

/** What a push sent: triples, HTTP requests, time taken. */
public record PushSummary(long triples, int requests, Duration elapsed) {

    public double triplesPerSecond() {
        return triples / Math.max(elapsed.toNanos() / 1e9, 1e-9);
    }
}
