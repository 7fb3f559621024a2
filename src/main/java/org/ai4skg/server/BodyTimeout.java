package org.ai4skg.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request's whole body before anything else sees the request, without holding a thread while it arrives, and
 * answers {@code 408} and closes the connection when it is not whole within the body timeout of the end of the head: a
 * client dribbling a POST body (a form, a SPARQL query, to any path) holds no thread, no query slot, and is cut.
 *
 * <p>The body is kept in memory (at most the body limit and one byte) and read again from there by the filters and
 * servlets, which so never wait for a client. A body announced larger than the limit is not read: the
 * {@link BadRequestFilter} refuses it by its length; one sent without a length is read up to one byte past the limit,
 * which the filter then refuses.
 *
 * <p>The bodies kept at once (being read, or read and not yet answered) hold at most {@value #BODIES_KEPT} times the
 * body limit in all: a body whose bytes would pass that gets {@code 503} with {@code Retry-After} and its connection
 * closed, so that many connections each sending most of a body, then stopping, cannot fill the memory.
 */
final class BodyTimeout extends Handler.Wrapper {
    /** How many bodies of the largest size may be kept at once. */
    static final int BODIES_KEPT = 64;
    /** Seconds a client told that too many bodies are kept is told to wait. */
    static final int BUSY_RETRY_SECONDS = 5;

    private final long timeoutNanos;
    private final long maxBytes;
    private final long maxKeptBytes;
    private final AtomicLong keptBytes = new AtomicLong();

    private BodyTimeout(Duration timeout, long maxBytes) {
        this.timeoutNanos = timeout.toNanos();
        this.maxBytes = maxBytes;
        this.maxKeptBytes = BODIES_KEPT * (maxBytes + 1);
    }

    /** Puts the body timeout in front of the server's handler, for bodies of at most {@code maxBytes}. */
    static void install(Server jetty, Duration timeout, long maxBytes) {
        BodyTimeout bodyTimeout = new BodyTimeout(timeout, maxBytes);
        bodyTimeout.setHandler(jetty.getHandler());
        jetty.setHandler(bodyTimeout);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long announced = announcedLength(request);
        if (announced == 0 || announced > maxBytes) {
            return super.handle(request, response, callback);
        }
        new Body(request, response, callback, announced).start();
        return true;
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The body's {@code Content-Length}, {@code -1} when it comes in chunks, or 0 when there is none. */
    private static long announcedLength(Request request) {
        long length = 0;
        for (HttpField field : request.getHeaders()) {
            if (field.getHeader() == HttpHeader.CONTENT_LENGTH) {
                length = Math.max(0, field.getLongValue());
            } else if (field.getHeader() == HttpHeader.TRANSFER_ENCODING) {
                return -1;
            }
        }
        return length;
    }

    /** One body being read: whichever comes first, its end (or the limit passed) or the deadline, decides. */
    private final class Body {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final ByteArrayOutputStream bytes;
        private final AtomicBoolean decided = new AtomicBoolean();
        private Scheduler.Task deadline;
        /** The bytes of this body counted in {@link #keptBytes}, until released. */
        private long counted;
        private boolean released;

        Body(Request request, Response response, Callback callback, long announced) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            // Grown as bytes come: a length announced is no reason to take memory.
            this.bytes = new ByteArrayOutputStream((int) Math.min(8192, announced > 0 ? announced : 1024));
        }

        void start() {
            deadline = request.getComponents().getScheduler().schedule(this::expire, timeoutNanos, TimeUnit.NANOSECONDS);
            read();
        }

        /** Reads what has arrived; asks to be called again when more arrives (holding no thread meanwhile). */
        private void read() {
            while (!decided.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this::read);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    if (timedOut(chunk.getFailure())) {
                        // The idle timeout (when shorter than the body's) came first: the body is late all the same.
                        refuse(HttpStatus.REQUEST_TIMEOUT_408, "the request body stopped for longer than the idle timeout");
                    } else {
                        // The request's failure (bad chunking, a reset) is read again, after the bytes, by who reads next.
                        passOn();
                    }
                    return;
                }
                ByteBuffer data = chunk.getByteBuffer();
                if (!keep(data.remaining())) {
                    chunk.release();
                    refuse(HttpStatus.SERVICE_UNAVAILABLE_503, "too many request bodies are being received; try again later");
                    return;
                }
                byte[] copy = new byte[data.remaining()];
                data.get(copy);
                bytes.writeBytes(copy);
                boolean last = chunk.isLast();
                chunk.release();
                if (last || bytes.size() > maxBytes) {
                    passOn();
                    return;
                }
            }
        }

        private void passOn() {
            if (!decided.compareAndSet(false, true)) {
                return;
            }
            deadline.cancel();
            Request buffered = new Buffered(request, bytes.toByteArray());
            // The body's bytes are counted as kept until the answer ends.
            Callback releasing = new Callback.Nested(callback) {
                @Override
                public void succeeded() {
                    release();
                    super.succeeded();
                }

                @Override
                public void failed(Throwable failure) {
                    release();
                    super.failed(failure);
                }
            };
            try {
                if (!getHandler().handle(buffered, response, releasing)) {
                    Response.writeError(request, response, releasing, HttpStatus.NOT_FOUND_404);
                }
            } catch (Throwable failure) {
                Response.writeError(request, response, releasing, failure);
            }
        }

        /** The deadline passed before the body's end: 408, and the connection closed after it. */
        private void expire() {
            refuse(HttpStatus.REQUEST_TIMEOUT_408, "the request body did not arrive within "
                    + TimeUnit.NANOSECONDS.toSeconds(timeoutNanos) + " s of the headers");
        }

        /** Answers with one plain line, unless the body's end came first, and closes the connection after it. */
        private void refuse(int status, String message) {
            if (!decided.compareAndSet(false, true)) {
                return;
            }
            deadline.cancel();
            release();
            response.setStatus(status);
            if (status == HttpStatus.SERVICE_UNAVAILABLE_503) {
                response.getHeaders().put(HttpHeader.RETRY_AFTER, BUSY_RETRY_SECONDS);
            }
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            String line = PlainErrorHandler.line(status, message);
            response.write(true, ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)), callback);
        }

        /** Counts {@code more} bytes as kept, unless the bodies kept would then pass their bound. */
        private synchronized boolean keep(int more) {
            if (released) {
                return false;
            }
            long after = keptBytes.addAndGet(more);
            if (after > maxKeptBytes) {
                keptBytes.addAndGet(-more);
                return false;
            }
            counted += more;
            return true;
        }

        /** Gives back the bytes this body counted (once). */
        private synchronized void release() {
            if (!released) {
                released = true;
                keptBytes.addAndGet(-counted);
            }
        }
    }

    /** The request with the bytes of its body read here given first; then what the request itself gives (its end). */
    private static final class Buffered extends Request.Wrapper {
        private final byte[] body;
        private volatile boolean given;

        Buffered(Request request, byte[] body) {
            super(request);
            this.body = body;
            this.given = body.length == 0;
        }

        @Override
        public Content.Chunk read() {
            if (!given) {
                given = true;
                return Content.Chunk.from(ByteBuffer.wrap(body), false);
            }
            return super.read();
        }

        @Override
        public void demand(Runnable demandCallback) {
            if (!given) {
                demandCallback.run();
            } else {
                super.demand(demandCallback);
            }
        }
    }
}
