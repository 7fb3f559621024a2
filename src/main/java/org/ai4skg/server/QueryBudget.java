package org.ai4skg.server;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The query time each client used in the last minute, counted in six slices of 10 s so that a client's record stays
 * small and the minute rolls. The table keeps the clients seen last, at most {@code maxClients}: a flood of addresses
 * cannot exhaust memory (it only pushes out the least recently seen clients' records).
 */
final class QueryBudget {
    static final int DEFAULT_MAX_CLIENTS = 10_000;
    private static final int SLICES = 6;
    private static final long SLICE_NANOS = Duration.ofSeconds(10).toNanos();

    private final long budgetNanos;
    private final LongSupplier nanoClock;
    private final Map<String, Usage> clients;

    /**
     * @param perMinute  the query time one client may use in any minute
     * @param maxClients the most clients remembered
     * @param nanoClock  a monotonic clock in nanoseconds ({@code System::nanoTime})
     */
    QueryBudget(Duration perMinute, int maxClients, LongSupplier nanoClock) {
        this.budgetNanos = perMinute.toNanos();
        this.nanoClock = nanoClock;
        this.clients = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Usage> eldest) {
                return size() > maxClients;
            }
        };
    }

    /** How long the client must wait before its next query, or {@link Duration#ZERO} if it is within its budget. */
    synchronized Duration waitBefore(String client) {
        Usage usage = clients.get(client);
        if (usage == null) {
            return Duration.ZERO;
        }
        long slice = slice(nanoClock.getAsLong());
        long used = usage.used(slice);
        if (used == 0) {
            clients.remove(client);
            return Duration.ZERO;
        }
        if (used < budgetNanos) {
            return Duration.ZERO;
        }
        // the oldest slices expire first; wait until enough of them have
        for (long s = slice - SLICES + 1; s <= slice; s++) {
            used -= usage.at(s);
            if (used < budgetNanos) {
                long expires = (s + SLICES) * SLICE_NANOS;
                return Duration.ofNanos(Math.max(1, expires - nanoClock.getAsLong()));
            }
        }
        return Duration.ofNanos(SLICES * SLICE_NANOS);
    }

    /** Adds query time the client used, ending now. */
    synchronized void charge(String client, Duration time) {
        long slice = slice(nanoClock.getAsLong());
        clients.computeIfAbsent(client, c -> new Usage()).add(slice, time.toNanos());
    }

    /** How many clients are remembered. */
    synchronized int clients() {
        return clients.size();
    }

    private static long slice(long nanos) {
        return Math.floorDiv(nanos, SLICE_NANOS);
    }

    /** Query time in the last six slices: {@code nanos[i]} belongs to slice {@code slices[i]}. */
    private static final class Usage {
        private final long[] slices = new long[SLICES];
        private final long[] nanos = new long[SLICES];

        Usage() {
            java.util.Arrays.fill(slices, Long.MIN_VALUE);
        }

        void add(long slice, long time) {
            int i = (int) Math.floorMod(slice, (long) SLICES);
            if (slices[i] != slice) {
                slices[i] = slice;
                nanos[i] = 0;
            }
            nanos[i] = Math.addExact(nanos[i], Math.max(0, time));
        }

        long at(long slice) {
            int i = (int) Math.floorMod(slice, (long) SLICES);
            return slices[i] == slice ? nanos[i] : 0;
        }

        long used(long now) {
            long sum = 0;
            for (long s = now - SLICES + 1; s <= now; s++) {
                sum += at(s);
            }
            return sum;
        }
    }
}
