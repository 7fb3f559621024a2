package org.ai4skg.server;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection that has not sent a whole request head (request line and headers) within the header timeout
 * of its opening or of the end of its previous answer: a client dribbling its headers byte by byte (slowloris), or a
 * kept-alive connection left unused, is cut however often it sends a byte, which Jetty's idle timeout (reset by every
 * byte) does not do.
 *
 * <p>A connection waiting for its head holds no thread (Jetty parses what arrives and lets the thread go); each one
 * costs one entry here and at most one pending task of the connector's scheduler. Once a head is whole the request is
 * answered and only the idle timeout applies until its answer ends.
 */
final class HeaderTimeout extends Handler.Wrapper {
    private final long timeoutNanos;
    private final Map<Connection, Watch> watches = new ConcurrentHashMap<>();

    private HeaderTimeout(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
    }

    /** Puts the header timeout in front of the server's handler and watches every connection of its connectors. */
    static void install(Server jetty, Duration timeout) {
        HeaderTimeout headerTimeout = new HeaderTimeout(timeout);
        headerTimeout.setHandler(jetty.getHandler());
        jetty.setHandler(headerTimeout);
        for (Connector connector : jetty.getConnectors()) {
            connector.addEventListener(headerTimeout.new Opened(connector));
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Watch watch = watches.get(request.getConnectionMetaData().getConnection());
        if (watch == null) {
            return super.handle(request, response, callback);
        }
        watch.answering();
        boolean handled = false;
        try {
            handled = super.handle(request, response, new Callback.Nested(callback) {
                @Override
                public void succeeded() {
                    // Before the answer completes: a pipelined request may then start answering at once.
                    watch.answered();
                    super.succeeded();
                }

                @Override
                public void failed(Throwable failure) {
                    watch.answered();
                    super.failed(failure);
                }
            });
            return handled;
        } finally {
            if (!handled) {
                // Not handled (Jetty answers 404 with the original callback) or failed: the head is no longer awaited.
                watch.answered();
            }
        }
    }

    /** Watches each connection from its opening to its closing. */
    private final class Opened implements Connection.Listener {
        private final Connector connector;

        Opened(Connector connector) {
            this.connector = connector;
        }

        @Override
        public void onOpened(Connection connection) {
            Watch watch = new Watch(connection, connector.getScheduler());
            watches.put(connection, watch);
            watch.arm(timeoutNanos);
        }

        @Override
        public void onClosed(Connection connection) {
            watches.remove(connection);
        }
    }

    /** One connection: since when it waits for a head (or that it is being answered), and whether a check is pending. */
    private final class Watch {
        private static final long ANSWERING = Long.MIN_VALUE;
        private final Connection connection;
        private final Scheduler scheduler;
        private final AtomicLong waitingSince = new AtomicLong(System.nanoTime());
        private final AtomicBoolean armed = new AtomicBoolean();

        Watch(Connection connection, Scheduler scheduler) {
            this.connection = connection;
            this.scheduler = scheduler;
        }

        void answering() {
            waitingSince.set(ANSWERING);
        }

        void answered() {
            waitingSince.set(System.nanoTime());
            arm(timeoutNanos);
        }

        /** Schedules a check in {@code delayNanos} unless one is pending already (which re-arms itself as needed). */
        void arm(long delayNanos) {
            if (armed.compareAndSet(false, true)) {
                scheduler.schedule(this::check, delayNanos, TimeUnit.NANOSECONDS);
            }
        }

        private void check() {
            armed.set(false);
            long since = waitingSince.get();
            if (since == ANSWERING || !connection.getEndPoint().isOpen()) {
                return;
            }
            long left = since + timeoutNanos - System.nanoTime();
            if (left <= 0) {
                connection.getEndPoint().close();
            } else {
                arm(left);
            }
        }
    }
}
