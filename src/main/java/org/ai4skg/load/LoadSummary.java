package org.ai4skg.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of a load.
 *
 * @param files      the files loaded, in order
 * @param triples    the triples read from them
 * @param storeSize  the triples in the store's default graph afterwards
 * @param elapsed    the time taken
 */
public record LoadSummary(List<Path> files, long triples, long storeSize, Duration elapsed) {

    /** Triples read per second. */
    public double triplesPerSecond() {
        return triples / Math.max(elapsed.toNanos() / 1e9, 1e-9);
    }
}
