package org.ai4skg.server;

import static org.ai4skg.server.PublicationServerExtension.encode;
import static org.ai4skg.server.SlowConnection.pause;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slow clients cannot hold the server: a header timeout cuts connections that dribble their headers (however often they
 * send a byte), an idle timeout cuts connections that stop reading, and meanwhile everyone else is answered at once.
 */
class SlowClientsTest {
    static final Duration HEADER_TIMEOUT = Duration.ofSeconds(2);
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(3);
    /** What a loaded 2-core machine may add to a timeout before the server acts on it. */
    static final Duration MARGIN = Duration.ofSeconds(4);
    /** The header timeout of the slowloris test's own server: time to open all the connections on a loaded machine. */
    static final Duration SLOWLORIS_HEADER_TIMEOUT = Duration.ofSeconds(8);
    /** Slowloris connections held open at once. */
    static final int DRIBBLERS = 300;
    /** Far more than the socket buffers of both ends can hold, so that a stalled reader blocks the server's writes. */
    static final long BIG_DUMP_BYTES = 48L * 1024 * 1024;
    /** Longer than the idle timeout: a query computing without writing is not cut by it. */
    static final Duration QUERY_TIMEOUT = IDLE_TIMEOUT.plusSeconds(2);
    /** Enough rows for a result of megabytes. */
    static final int MAX_ROWS = 100_000;
    /** The characters of a literal on every row of a big query result. */
    static final int PADDING = 200;
    /** The stalled clients' receive buffer: small and fixed, so that the answers overflow it at once. */
    static final int CLIENT_BUFFER_BYTES = 64 * 1024;

    static final Path DUMPS = bigDumps();

    @RegisterExtension
    static final PublicationServerExtension server = ServerFixture.serving()
            .with(s -> s.withDumps(DUMPS).withTimeout(QUERY_TIMEOUT).withMaxRows(MAX_ROWS)
                    .withRequestLimits(RequestLimits.DEFAULT.withTimeouts(HEADER_TIMEOUT, IDLE_TIMEOUT))
                    .withAdmission(new QueryAdmission(1, 0, Duration.ZERO, Duration.ofSeconds(60))));

    @AfterAll
    static void deleteDumps() throws IOException {
        Files.deleteIfExists(DUMPS.resolve("big.nt"));
        Files.deleteIfExists(DUMPS);
    }

    @Test
    void dribblingHeadersAreCutAtTheHeaderTimeoutWhileOthersAreAnswered() throws Exception {
        // A server of its own, whose header timeout leaves time to open them all on a loaded machine, and whose idle
        // timeout (the default, 30 s) could not cut them.
        try (PublicationServerExtension slowloris = ServerFixture.serving().with(s -> s.withRequestLimits(
                RequestLimits.DEFAULT.withTimeouts(SLOWLORIS_HEADER_TIMEOUT, RequestLimits.DEFAULT_IDLE_TIMEOUT))).start()) {
            dribble(slowloris);
        }
    }

    /** Holds {@value #DRIBBLERS} connections dribbling their heads while a page and a query are asked. */
    private static void dribble(PublicationServerExtension server) throws Exception {
        assertThat(server.get("/resource/alphafold-3.html").statusCode()).isEqualTo(200);
        // Jetty parses what arrives and lets its thread go: the threads do not grow with the connections.
        int threadsBefore = Thread.activeCount();
        List<Dribbler> dribblers = new CopyOnWriteArrayList<>();
        try {
            // One byte on each connection every 100 ms from its opening.
            CompletableFuture<Void> dribbling = CompletableFuture.runAsync(() -> {
                while (dribblers.size() < DRIBBLERS || dribblers.stream().anyMatch(Dribbler::open)) {
                    dribblers.forEach(Dribbler::sendOneByte);
                    pause(100);
                }
            });
            for (int i = 0; i < DRIBBLERS; i++) {
                dribblers.add(new Dribbler(server.server().port()));
            }
            // Opening them takes a while on a loaded machine; the first ones may already be cut.
            long heldOpen = dribblers.stream().filter(Dribbler::open).count();
            assertThat(heldOpen).as("dribbling connections open at once").isGreaterThanOrEqualTo(DRIBBLERS / 2);
            assertThat(Thread.activeCount() - threadsBefore).as("threads started for %d dribbling connections", heldOpen)
                    .isLessThan(DRIBBLERS / 4);

            long asked = System.nanoTime();
            HttpResponse<String> page = server.get("/resource/alphafold-3.html");
            HttpResponse<String> query = server.get("/sparql?query=" + encode("ASK { ?s ?p ?o }"),
                    "Accept", "application/sparql-results+json");
            long answeredMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(query.statusCode()).isEqualTo(200);
            assertThat(query.body()).contains("true");
            assertThat(answeredMillis).as("a page and a query while %d connections dribble", DRIBBLERS)
                    .isLessThan(SLOWLORIS_HEADER_TIMEOUT.toMillis());

            Await.until("every dribbling connection closed by the server", SLOWLORIS_HEADER_TIMEOUT.plus(MARGIN),
                    () -> dribblers.stream().noneMatch(Dribbler::open),
                    () -> dribblers.stream().filter(Dribbler::open).count() + " still open");
            dribbling.get(5, TimeUnit.SECONDS);
            long earliest = dribblers.stream().mapToLong(Dribbler::openMillis).min().orElseThrow();
            assertThat(earliest).as("cut by the header timeout, not before").isGreaterThanOrEqualTo(SLOWLORIS_HEADER_TIMEOUT.toMillis() - 100);
            int fewest = dribblers.stream().mapToInt(d -> d.sent).min().orElseThrow();
            assertThat(fewest).as("bytes each dribbler sent after its head's start until cut").isGreaterThanOrEqualTo(3);
            assertThat(server.get("/").statusCode()).isEqualTo(200);
        } finally {
            dribblers.forEach(Dribbler::close);
        }
    }

    @Test
    void theServiceDescriptionStatesTheTimeouts() {
        HttpResponse<String> description = server.get("/sparql", "Accept", "text/turtle");
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.body()).contains("take more than " + HEADER_TIMEOUT.toSeconds() + " s")
                .contains("no byte for " + IDLE_TIMEOUT.toSeconds() + " s");
    }

    @Test
    void aHeadSentSlowlyButWithinTheHeaderTimeoutIsAnswered() throws IOException {
        try (Socket socket = new Socket("localhost", server.server().port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            for (String piece : new String[] {"GET /resource/alphafold-3.ttl HTTP/1.1\r\n", "Host: localhost\r\n",
                    "Connection: close\r\n", "\r\n"}) {
                out.write(piece.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                pause(HEADER_TIMEOUT.toMillis() / 8);
            }
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 200").contains("alphafold-3");
        }
    }

    @Test
    void aKeptAliveConnectionServesItsRequestsAndIsCutWhenItDribblesTheNextHead() throws IOException {
        try (Socket socket = new Socket("localhost", server.server().port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            String request = "GET /.well-known/void HTTP/1.1\r\nHost: localhost\r\nAccept: application/n-triples\r\n\r\n";
            long answered = 0;
            for (int i = 0; i < 2; i++) {
                out.write(request.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                assertThat(readHead(in)).startsWith("HTTP/1.1 200");
                answered = System.nanoTime();
                pause(HEADER_TIMEOUT.toMillis() / 4);
            }
            out.write("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            // One byte every 100 ms (the read's timeout) until the server closes the connection.
            socket.setSoTimeout(100);
            boolean closed = false;
            while (!closed && System.nanoTime() - answered < HEADER_TIMEOUT.plus(MARGIN).toNanos()) {
                try {
                    out.write('a');
                    closed = in.read() < 0;
                } catch (java.net.SocketTimeoutException stillOpen) {
                    // Nothing from the server yet.
                } catch (java.net.SocketException reset) {
                    closed = true;
                }
            }
            long closedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - answered);
            assertThat(closed).as("closed by the server within %d ms", HEADER_TIMEOUT.plus(MARGIN).toMillis()).isTrue();
            assertThat(closedAfter).isGreaterThanOrEqualTo(HEADER_TIMEOUT.toMillis() - 100);
        }
    }

    @Test
    void aClientThatStopsReadingABigDumpIsDroppedAtTheIdleTimeout() throws IOException {
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(CLIENT_BUFFER_BYTES);
            socket.connect(new InetSocketAddress("localhost", server.server().port()));
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write("GET /dumps/big.nt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            assertThat(head).startsWith("HTTP/1.1 200").containsIgnoringCase("Content-Length: " + BIG_DUMP_BYTES);

            long stalled = System.nanoTime();
            // Reads nothing more while others are served, for longer than the idle timeout (and its margin).
            HttpResponse<String> page = server.get("/resource/alphafold-3.html");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stalled)).isLessThan(IDLE_TIMEOUT.toMillis());
            pause(IDLE_TIMEOUT.plus(MARGIN).toMillis());

            long received = drainUntilClosed(in);
            assertThat(received).as("bytes of the dump received before the server dropped the connection")
                    .isLessThan(BIG_DUMP_BYTES / 2);
            assertThat(server.get("/dumps/big.nt", "Range", "bytes=0-99").statusCode()).isEqualTo(206);
        }
    }

    @Test
    void aClientThatStopsReadingAQueryResultGivesBackItsQuerySlotAtTheIdleTimeout() throws IOException {
        // Every four statements of the fixture (up to the row cap) with a long literal: megabytes of CSV. The one
        // query slot is held while the answer is written, so a second query is refused (no queue) until the stalled
        // one is dropped.
        String fours = "SELECT ?a ?b ?c ?d ?padding { ?a ?p ?w . ?b ?q ?x . ?c ?r ?y . ?d ?s ?z BIND(\""
                + "x".repeat(PADDING) + "\" AS ?padding) }";
        assertThat(Math.pow(server.triples(), 4)).as("rows enough to reach the row cap").isGreaterThan(MAX_ROWS);
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(CLIENT_BUFFER_BYTES);
            socket.connect(new InetSocketAddress("localhost", server.server().port()));
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET /sparql?query=" + encode(fours) + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: text/csv\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            assertThat(readHead(in)).startsWith("HTTP/1.1 200");

            long stalled = System.nanoTime();
            assertThat(server.get("/sparql?query=" + encode("ASK {}")).statusCode()).as("the only slot is held").isEqualTo(503);
            Await.until("the stalled query's slot given back", IDLE_TIMEOUT.plus(MARGIN),
                    () -> server.get("/sparql?query=" + encode("ASK {}")).statusCode() == 200);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stalled)).isGreaterThanOrEqualTo(IDLE_TIMEOUT.toMillis() - 500);
            long received = drainUntilClosed(in);
            assertThat(received).as("bytes of the answer (over %d) received before the server dropped the connection",
                    MAX_ROWS * PADDING).isLessThan(MAX_ROWS * PADDING / 2);
        }
    }

    @Test
    void aQueryComputingLongerThanTheIdleTimeoutIsStillAnswered() {
        long start = System.nanoTime();
        HttpResponse<String> response = server.get("/sparql?query=" + encode(LimitsTest.FAR_BEYOND), "Accept", "text/csv");
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).containsIgnoringCase("timed out");
        assertThat(ms).isGreaterThan(IDLE_TIMEOUT.toMillis());
    }

    /** A connection that sends the start of a request head, then one more byte of a header that never ends. */
    private static final class Dribbler {
        private final SlowConnection connection;
        int sent;

        Dribbler(int port) {
            connection = new SlowConnection(port);
            connection.write("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ");
        }

        boolean open() {
            return connection.open();
        }

        long openMillis() {
            return connection.openMillis();
        }

        void sendOneByte() {
            if (open()) {
                connection.write("a");
                sent++;
            }
        }

        void close() {
            connection.close();
        }
    }

    /** Reads a response's status line and headers (up to the blank line). */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed before the end of the head: " + head);
            }
            head.append((char) b);
        }
        String text = head.toString();
        int length = lengthOf(text);
        if (length >= 0 && length < 1_000_000) {
            in.readNBytes(length);
        }
        return text;
    }

    private static int lengthOf(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).strip());
            }
        }
        return -1;
    }

    /** Reads until the server closes the connection; the bytes read. */
    private static long drainUntilClosed(InputStream in) throws IOException {
        long total = 0;
        byte[] buffer = new byte[65536];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
            }
        } catch (java.net.SocketException reset) {
            // A connection the server dropped may end with a reset: closed all the same.
        }
        return total;
    }

    private static Path bigDumps() {
        try {
            Path folder = Files.createTempDirectory("ai4s-big-dumps");
            byte[] line = "<https://example.org/s> <https://example.org/p> \"a line of a big dump, to be read slowly\" .\n"
                    .getBytes(StandardCharsets.US_ASCII);
            try (OutputStream out = Files.newOutputStream(folder.resolve("big.nt"))) {
                long written = 0;
                while (written + line.length <= BIG_DUMP_BYTES) {
                    out.write(line);
                    written += line.length;
                }
                out.write("#".repeat((int) (BIG_DUMP_BYTES - written - 1)).getBytes(StandardCharsets.US_ASCII));
                out.write('\n');
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
