package org.ai4skg.server;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.MeterRegistry;

import org.ai4skg.server.AdmissionMetrics.Shed;

/**
 * Admits SPARQL queries as {@link QueryAdmission} says: a client past its query time of the last minute gets
 * {@code 429}; a query runs when one of the fair semaphore's permits is free, else waits in a short queue; when the
 * queue is full, or the wait too long, {@code 503}. Both with {@code Retry-After} and one plain line. Only
 * {@code /sparql} passes here: pages, descriptions, dumps, search and {@code /$/ping} never wait for a query. The
 * refusals and the waits in the queue are counted by {@link AdmissionMetrics}.
 */
final class AdmissionFilter implements Filter {
    /** Seconds a client is told to wait after a {@code 503}. */
    static final int BUSY_RETRY_SECONDS = 5;

    private final QueryAdmission admission;
    private final Semaphore running;
    private final AtomicInteger waiting = new AtomicInteger();
    /** Queries running or waiting, per client with any; an entry goes when its count is back to 0. */
    private final ConcurrentHashMap<String, Integer> inFlight = new ConcurrentHashMap<>();
    private final QueryBudget budget;
    private final BaseUrl baseUrl;
    private final AdmissionMetrics metrics;

    /** Counting in {@code registry} (the one {@code /$/metrics} shows). */
    AdmissionFilter(QueryAdmission admission, BaseUrl baseUrl, MeterRegistry registry) {
        this.admission = admission;
        this.running = new Semaphore(admission.maxConcurrent(), true);
        this.budget = new QueryBudget(admission.timePerMinute(), QueryBudget.DEFAULT_MAX_CLIENTS, System::nanoTime);
        this.baseUrl = baseUrl;
        this.metrics = new AdmissionMetrics(registry, () -> admission.maxConcurrent() - running.availablePermits(),
                waiting::get);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        if (request.getMethod().equals("OPTIONS")) {
            chain.doFilter(req, resp);
            return;
        }
        String client = baseUrl.client(request);
        Duration wait = budget.waitBefore(client);
        if (!wait.isZero()) {
            refuse(response, Shed.QUERY_TIME, seconds(wait), "this client used its " + admission.timePerMinute().toSeconds()
                    + " s of query time of the last minute; try again later");
            return;
        }
        if (!enter(client)) {
            refuse(response, Shed.CLIENT_QUERIES, BUSY_RETRY_SECONDS, "this client has " + admission.perClient()
                    + " queries running or waiting already; try again later");
            return;
        }
        Shed refused;
        try {
            refused = admit();
        } catch (RuntimeException | Error failure) {
            leave(client);
            throw failure;
        }
        if (refused != null) {
            leave(client);
            refuse(response, refused, BUSY_RETRY_SECONDS, "too many queries at once; try again later");
            return;
        }
        long start = System.nanoTime();
        // The slot is given back as the last byte of the answer is written, not after: a client that asks again as
        // soon as it has its answer must find its slot free.
        DoneWhenWritten answer = new DoneWhenWritten(response, () -> {
            running.release();
            budget.charge(client, Duration.ofNanos(System.nanoTime() - start));
            leave(client);
        });
        try {
            chain.doFilter(req, answer);
        } finally {
            answer.done();
        }
    }

    /** Counts one query of the client fewer. */
    private void leave(String client) {
        inFlight.computeIfPresent(client, (c, n) -> n <= 1 ? null : n - 1);
    }

    /** Counts one more query of the client, unless it has as many as it may already. */
    private boolean enter(String client) {
        boolean[] entered = {false};
        inFlight.compute(client, (c, n) -> {
            int count = n == null ? 0 : n;
            if (count >= admission.perClient()) {
                return n;
            }
            entered[0] = true;
            return count + 1;
        });
        return entered[0];
    }

    /**
     * Takes a permit at once, or after a wait in the queue if there is room in it; null when one is had, else why
     * not.
     */
    private Shed admit() {
        try {
            // with a timeout, even of 0, the fair semaphore serves those waiting first
            if (running.tryAcquire(0, TimeUnit.NANOSECONDS)) {
                return null;
            }
            if (waiting.incrementAndGet() > admission.queue()) {
                waiting.decrementAndGet();
                return Shed.QUEUE_FULL;
            }
            long start = System.nanoTime();
            try {
                return running.tryAcquire(admission.maxWait().toNanos(), TimeUnit.NANOSECONDS) ? null : Shed.QUEUE_TIMEOUT;
            } finally {
                waiting.decrementAndGet();
                metrics.waited(Duration.ofNanos(System.nanoTime() - start));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Shed.QUEUE_TIMEOUT;
        }
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private void refuse(HttpServletResponse response, Shed why, long retryAfter, String message) throws IOException {
        metrics.shed(why);
        response.setHeader("Retry-After", Long.toString(retryAfter));
        BadRequestFilter.refuse(response, why.status, message);
    }
}
