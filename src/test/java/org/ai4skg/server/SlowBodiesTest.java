package org.ai4skg.server;

import static org.ai4skg.server.PublicationServerExtension.encode;
import static org.ai4skg.server.SlowConnection.pause;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slow request bodies cannot hold the server: a POST whose body (a form or a SPARQL query, to {@code /sparql} or to a
 * page, with a length or in chunks) is not whole within the header timeout of its headers gets {@code 408} and its
 * connection closed; while bodies arrive they hold no thread and no query slot, so pages and queries are answered
 * meanwhile; bodies sent slowly but in time, and big ones at normal speed, are answered.
 */
class SlowBodiesTest {
    static final Duration TIMEOUT = Duration.ofSeconds(3);
    /** What a loaded 2-core machine may add to a timeout before the server acts on it. */
    static final Duration MARGIN = Duration.ofSeconds(4);
    /** Connections dribbling bodies at once, a quarter of each kind: more than the server's worker threads. */
    static final int DRIBBLERS = 100;
    /** Far more than the bytes a dribbler sends before the deadline, so that no body ends by itself. */
    static final int ANNOUNCED_LENGTH = 10_000;
    static final String ASK = "ASK { ?s ?p ?o }";

    /**
     * One query runs at a time and none waits: a dribbler holding the slot would make every other query a 503. The
     * idle timeout (the default, 30 s) could not cut a dribbler, only the body deadline.
     */
    @RegisterExtension
    static final PublicationServerExtension server = ServerFixture.serving()
            .with(s -> s.withRequestLimits(RequestLimits.DEFAULT.withTimeouts(TIMEOUT, RequestLimits.DEFAULT_IDLE_TIMEOUT))
                    .withAdmission(new QueryAdmission(1, 0, Duration.ZERO, Duration.ofSeconds(60))));

    @Test
    void dribbledBodiesAreCutAtTheDeadlineWhilePagesAndQueriesAreAnswered() throws Exception {
        assertThat(server.get("/resource/alphafold-3.html").statusCode()).isEqualTo(200);
        int port = server.server().port();
        List<Dribbler> dribblers = new CopyOnWriteArrayList<>();
        try {
            CompletableFuture<Void> dribbling = CompletableFuture.runAsync(() -> {
                while (dribblers.size() < DRIBBLERS || dribblers.stream().anyMatch(Dribbler::open)) {
                    dribblers.forEach(Dribbler::sendMore);
                    pause(100);
                }
            });
            for (int i = 0; i < DRIBBLERS; i++) {
                dribblers.add(switch (i % 4) {
                    case 0 -> Dribbler.withLength(port, "/sparql", "application/x-www-form-urlencoded", "query=ASK+%7B%7D+%23");
                    case 1 -> Dribbler.withLength(port, "/sparql", "application/sparql-query", "ASK {} #");
                    case 2 -> Dribbler.inChunks(port, "/sparql", "application/sparql-query", "ASK {} #");
                    default -> Dribbler.withLength(port, "/resource/alphafold-3.html", "application/x-www-form-urlencoded", "lang=en&x=");
                });
            }
            long heldOpen = dribblers.stream().filter(Dribbler::open).count();
            assertThat(heldOpen).as("dribbling connections open at once").isGreaterThanOrEqualTo(DRIBBLERS / 2);
            // The server has 20 worker threads (Fuseki's default), far fewer than the dribblers: were a body read by a
            // waiting thread, nothing else would be answered until the deadline.

            long asked = System.nanoTime();
            HttpResponse<String> page = server.get("/resource/alphafold-3.html");
            HttpResponse<String> query = server.get("/sparql?query=" + encode(ASK), "Accept", "application/sparql-results+json");
            HttpResponse<String> posted = server.send("POST", "/sparql", "application/sparql-query", ASK,
                    "Accept", "application/sparql-results+json");
            long answeredMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(query.statusCode()).isEqualTo(200);
            assertThat(query.body()).contains("true");
            assertThat(posted.statusCode()).isEqualTo(200);
            assertThat(posted.body()).contains("true");
            assertThat(answeredMillis).as("a page and two queries while %d bodies dribble", DRIBBLERS)
                    .isLessThan(TIMEOUT.toMillis());

            Await.until("every dribbling connection closed by the server", TIMEOUT.plus(MARGIN),
                    () -> dribblers.stream().noneMatch(Dribbler::open),
                    () -> dribblers.stream().filter(Dribbler::open).count() + " still open");
            dribbling.get(5, TimeUnit.SECONDS);
            long earliest = dribblers.stream().mapToLong(Dribbler::openMillis).min().orElseThrow();
            assertThat(earliest).as("cut by the body deadline, not before").isGreaterThanOrEqualTo(TIMEOUT.toMillis() - 100);
            for (Dribbler dribbler : dribblers) {
                assertThat(dribbler.answer()).as("the answer to %s", dribbler.what).startsWith("HTTP/1.1 408")
                        .containsIgnoringCase("Connection: close").contains("did not arrive within " + TIMEOUT.toSeconds() + " s");
                assertThat(dribbler.sent).as("bytes of body %s sent until cut", dribbler.what).isGreaterThanOrEqualTo(5);
            }
            Await.until("every 408 in the access log", MARGIN,
                    () -> server.accessLog.stream().filter(line -> status(line) == 408).count() == DRIBBLERS);
            assertThat(server.accessLog).noneMatch(line -> status(line) >= 500);
            assertThat(server.get("/").statusCode()).isEqualTo(200);
        } finally {
            dribblers.forEach(Dribbler::close);
        }
    }

    @Test
    void bodiesKeptAtOnceAreBoundedAndTheRestRefusedAtOnce() throws Exception {
        // Bodies of at most 1000 bytes: at most 64 of them (and a byte each) are kept at once.
        long maxBody = 1000;
        int stalled = BodyTimeout.BODIES_KEPT + 16;
        String nearlyWhole = "query=" + "x".repeat((int) maxBody - 16);
        try (PublicationServerExtension small = ServerFixture.serving().with(s -> s.withRequestLimits(
                new RequestLimits(16 * 1024, 8 * 1024, maxBody, TIMEOUT, RequestLimits.DEFAULT_IDLE_TIMEOUT))).start()) {
            int port = small.server().port();
            List<Dribbler> senders = new ArrayList<>();
            try {
                long started = System.nanoTime();
                for (int i = 0; i < stalled; i++) {
                    senders.add(Dribbler.withLength(port, "/sparql", "application/x-www-form-urlencoded", nearlyWhole, maxBody));
                }
                // The bodies past the bound are refused without waiting for the deadline.
                Await.until("the bodies past the bound refused", TIMEOUT.minusMillis(500),
                        () -> senders.stream().peek(Dribbler::poll).filter(d -> d.answer().startsWith("HTTP/1.1 503")).count() >= stalled - BodyTimeout.BODIES_KEPT,
                        () -> senders.stream().filter(d -> !d.answer().isEmpty()).count() + " answered");
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(TIMEOUT.toMillis());
                Await.until("every stalled connection closed by the server", TIMEOUT.plus(MARGIN),
                        () -> senders.stream().peek(Dribbler::poll).noneMatch(Dribbler::open),
                        () -> senders.stream().filter(Dribbler::open).count() + " still open");
                long busy = senders.stream().filter(d -> d.answer().startsWith("HTTP/1.1 503")).count();
                long late = senders.stream().filter(d -> d.answer().startsWith("HTTP/1.1 408")).count();
                assertThat(busy).as("refused as busy").isEqualTo(stalled - BodyTimeout.BODIES_KEPT);
                assertThat(late).as("cut at the deadline").isEqualTo(BodyTimeout.BODIES_KEPT);
                assertThat(senders).filteredOn(d -> d.answer().startsWith("HTTP/1.1 503"))
                        .allSatisfy(d -> assertThat(d.answer()).containsIgnoringCase("Retry-After: "));
            } finally {
                senders.forEach(Dribbler::close);
            }
            // All given back: a body is kept again.
            HttpResponse<String> posted = small.send("POST", "/sparql", "application/x-www-form-urlencoded",
                    "query=" + encode(ASK), "Accept", "text/csv");
            assertThat(posted.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aBodyThatStopsLongerThanAShorterIdleTimeoutGets408() throws Exception {
        Duration idle = Duration.ofSeconds(1);
        Duration bodyDeadline = Duration.ofSeconds(20);
        try (PublicationServerExtension idleFirst = ServerFixture.serving().with(s -> s.withRequestLimits(
                RequestLimits.DEFAULT.withTimeouts(bodyDeadline, idle))).start()) {
            for (String type : new String[] {"application/sparql-query", "application/x-www-form-urlencoded"}) {
                Dribbler stopped = Dribbler.withLength(idleFirst.server().port(), "/sparql", type, "query=ASK");
                try {
                    Await.until("the stopped body's connection closed", idle.plus(MARGIN), () -> {
                        stopped.poll();
                        return !stopped.open();
                    });
                    assertThat(stopped.answer()).as("the answer to a %s that stopped", type).startsWith("HTTP/1.1 408");
                } finally {
                    stopped.close();
                }
            }
            Await.until("both 408s in the access log", MARGIN,
                    () -> idleFirst.accessLog.stream().filter(line -> status(line) == 408).count() == 2);
            assertThat(idleFirst.accessLog).noneMatch(line -> status(line) >= 500);
        }
    }

    @Test
    void theServiceDescriptionStatesTheBodyDeadline() {
        HttpResponse<String> description = server.get("/sparql", "Accept", "text/turtle");
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.body()).contains("a request body not whole within " + TIMEOUT.toSeconds() + " s of its headers gets 408");
    }

    @Test
    void aBodySentSlowlyButWithinTheDeadlineIsAnswered() throws IOException {
        for (String[] typed : new String[][] {{"application/sparql-query", ASK}, {"application/x-www-form-urlencoded",
                "query=" + encode(ASK)}}) {
            byte[] body = typed[1].getBytes(StandardCharsets.UTF_8);
            try (Socket socket = new Socket("localhost", server.server().port())) {
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + typed[0] + "\r\nContent-Length: "
                        + body.length + "\r\nAccept: text/csv\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                int pieces = 4;
                for (int i = 0; i < pieces; i++) {
                    out.write(body, i * body.length / pieces, (i + 1) * body.length / pieces - i * body.length / pieces);
                    out.flush();
                    pause(TIMEOUT.toMillis() / 8);
                }
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).as("the answer to a %s sent slowly", typed[0]).startsWith("HTTP/1.1 200").contains("true");
            }
        }
    }

    @Test
    void aBigBodyAtNormalSpeedIsAnswered() {
        // A query of nearly the body limit (1 MiB): a comment pads it.
        String big = ASK + "\n#" + "x".repeat((int) RequestLimits.DEFAULT.bodyBytes() - ASK.length() - 100) + "\n";
        HttpResponse<String> typed = server.send("POST", "/sparql", "application/sparql-query", big, "Accept", "text/csv");
        assertThat(typed.statusCode()).isEqualTo(200);
        assertThat(typed.body()).contains("true");

        HttpResponse<String> form = server.send("POST", "/sparql", "application/x-www-form-urlencoded",
                "query=" + encode(big.substring(0, big.length() - 1000)), "Accept", "text/csv");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("true");

        // In chunks, without a length.
        HttpResponse<String> chunked = server.send(server.request("/sparql", "Accept", "text/csv",
                "Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build());
        assertThat(chunked.statusCode()).isEqualTo(200);
        assertThat(chunked.body()).contains("true");
    }

    @Test
    void aBodyOverTheLimitWithoutALengthIsStillRefused() {
        String tooBig = ASK + "\n#" + "x".repeat((int) RequestLimits.DEFAULT.bodyBytes()) + "\n";
        HttpResponse<String> chunked = server.send(server.request("/sparql", "Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(tooBig.getBytes(StandardCharsets.UTF_8)))).build());
        assertThat(chunked.statusCode()).isEqualTo(413);
    }

    /** A connection that sends a POST's head and the start of its body, then one more byte of it at each turn. */
    private static final class Dribbler {
        final String what;
        private final SlowConnection connection;
        private final boolean chunked;
        int sent;

        private Dribbler(int port, String what, String head, String start, boolean chunked) {
            this.what = what;
            this.chunked = chunked;
            connection = new SlowConnection(port);
            connection.write(head);
            sendPiece(start);
        }

        static Dribbler withLength(int port, String path, String type, String start) {
            return withLength(port, path, type, start, ANNOUNCED_LENGTH);
        }

        static Dribbler withLength(int port, String path, String type, String start, long length) {
            return new Dribbler(port, type + " to " + path, "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                    + type + "\r\nContent-Length: " + length + "\r\n\r\n", start, false);
        }

        static Dribbler inChunks(int port, String path, String type, String start) {
            return new Dribbler(port, type + " in chunks to " + path, "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: " + type + "\r\nTransfer-Encoding: chunked\r\n\r\n", start, true);
        }

        /** Reads what the server sent, sending nothing. */
        void poll() {
            connection.write("");
        }

        boolean open() {
            return connection.open();
        }

        long openMillis() {
            return connection.openMillis();
        }

        String answer() {
            return connection.answer();
        }

        void sendMore() {
            if (open()) {
                sendPiece("a");
                sent++;
            }
        }

        private void sendPiece(String piece) {
            connection.write(chunked ? Integer.toHexString(piece.length()) + "\r\n" + piece + "\r\n" : piece);
        }

        void close() {
            connection.close();
        }
    }

    /** The status of an access-log line ({@code METHOD path status ms}). */
    private static int status(String accessLogLine) {
        return Integer.parseInt(accessLogLine.split(" ")[2]);
    }
}
