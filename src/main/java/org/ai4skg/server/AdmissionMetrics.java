package org.ai4skg.server;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.IntSupplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What the admission of SPARQL queries counts, in the meter registry that {@code /$/metrics} shows (Fuseki's
 * Prometheus registry): the requests it sheds, by status and reason
 * ({@code ai4s_sparql_shed_total{status="503",reason="queue_full"}}), the waits in the queue for a slot
 * ({@code ai4s_sparql_queue_wait_seconds_count}, {@code _sum} and {@code _max}), and the queries running and waiting
 * now ({@code ai4s_sparql_running}, {@code ai4s_sparql_waiting}). Every counter is there from the start, at 0.
 */
final class AdmissionMetrics {

    /** Why a request was refused: its status and the reason named in the metric. */
    enum Shed {
        /** The client used its query time of the last minute. */
        QUERY_TIME(429, "query_time"),
        /** The client has as many queries running or waiting as it may. */
        CLIENT_QUERIES(429, "client_queries"),
        /** Every slot taken and the queue full. */
        QUEUE_FULL(503, "queue_full"),
        /** Waited in the queue as long as a query may, and no slot came free. */
        QUEUE_TIMEOUT(503, "queue_timeout");

        final int status;
        final String reason;

        Shed(int status, String reason) {
            this.status = status;
            this.reason = reason;
        }
    }

    private final Map<Shed, Counter> shed = new EnumMap<>(Shed.class);
    private final Timer queueWait;

    /** Counting into {@code registry}, with the queries running and waiting now as they say. */
    AdmissionMetrics(MeterRegistry registry, IntSupplier running, IntSupplier waiting) {
        for (Shed why : Shed.values()) {
            shed.put(why, Counter.builder("ai4s.sparql.shed")
                    .description("SPARQL requests refused by the admission: 429 past a client's limits, 503 past the server's")
                    .tag("status", Integer.toString(why.status))
                    .tag("reason", why.reason)
                    .register(registry));
        }
        queueWait = Timer.builder("ai4s.sparql.queue.wait")
                .description("Time SPARQL requests waited in the queue for a slot, admitted or not")
                .register(registry);
        Gauge.builder("ai4s.sparql.running", running::getAsInt)
                .description("SPARQL queries running now")
                .register(registry);
        Gauge.builder("ai4s.sparql.waiting", waiting::getAsInt)
                .description("SPARQL queries waiting in the queue for a slot now")
                .register(registry);
    }

    /** Counts one request refused. */
    void shed(Shed why) {
        shed.get(why).increment();
    }

    /** Counts one wait in the queue, however it ended. */
    void waited(Duration time) {
        queueWait.record(time);
    }
}
