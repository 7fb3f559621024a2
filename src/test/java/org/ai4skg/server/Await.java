package org.ai4skg.server;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition, checking it often, until a deadline; fails saying what did not happen. */
public final class Await {
    private static final long POLL_MILLIS = 20;

    private Await() {
    }

    /** Returns as soon as {@code condition} holds; fails with {@code what} (and {@code state}) after {@code deadline}. */
    public static void until(String what, Duration deadline, BooleanSupplier condition, Supplier<String> state) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + deadline.toSeconds() + " s: " + what + "\n" + state.get());
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting: " + what, e);
            }
        }
    }

    /** As {@link #until(String, Duration, BooleanSupplier, Supplier)} with nothing more to say on failure. */
    public static void until(String what, Duration deadline, BooleanSupplier condition) {
        until(what, deadline, condition, () -> "");
    }
}
