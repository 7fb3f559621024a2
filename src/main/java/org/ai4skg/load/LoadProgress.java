package org.ai4skg.load;

/** Told how a load advances; called on the loading thread. */
@FunctionalInterface
public interface LoadProgress {

    /** Called every {@link Tdb2Loader#TICK} triples with the number read so far. */
    void triples(long count);

    /** A progress listener that does nothing. */
    static LoadProgress none() {
        return count -> { };
    }
}
