package org.ai4skg.server;

import static org.ai4skg.server.PublicationServerExtension.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two queries at once, one per client: a client running a slow query gets 429 for another, a second client is served. */
class QueriesPerClientTest {
    private static final String SMALL = "SELECT * { ?s ?p ?o } LIMIT 1";

    @RegisterExtension
    static final PublicationServerExtension server = ServerFixture.serving()
            .with(s -> s.withTimeout(Duration.ofSeconds(3)).withTrustProxy(true)
                    .withAdmission(new QueryAdmission(2, 0, Duration.ZERO, Duration.ofSeconds(60), 1)));

    @Test
    void aClientCannotTakeEverySlotWhileAnotherIsServed() throws Exception {
        double before = queriesReceived();
        CompletableFuture<HttpResponse<String>> slow = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create(server.url("/sparql?query=" + encode(LimitsTest.FAR_BEYOND))))
                        .header("X-Forwarded-For", "203.0.113.1").build(),
                HttpResponse.BodyHandlers.ofString());
        Await.until("the slow query has a slot", Duration.ofSeconds(10), () -> queriesReceived() > before);

        HttpResponse<String> again = server.get("/sparql?query=" + encode(SMALL), "X-Forwarded-For", "203.0.113.1");
        assertThat(again.statusCode()).isEqualTo(429);
        assertThat(again.headers().firstValue("Retry-After")).isPresent();
        assertThat(again.body()).startsWith("429 ").contains("running or waiting");
        for (int i = 0; i < 3; i++) {
            assertThat(server.get("/sparql?query=" + encode(SMALL), "X-Forwarded-For", "203.0.113.2").statusCode())
                    .as("another client").isEqualTo(200);
        }
        assertThat(slow).isNotDone();
        assertThat(slow.get(30, TimeUnit.SECONDS).body()).containsIgnoringCase("timed out");
        assertThat(server.get("/sparql?query=" + encode(SMALL), "X-Forwarded-For", "203.0.113.1").statusCode())
                .as("the first client once its query ended").isEqualTo(200);
    }

    /**
     * One query at a time from one client, each sent as soon as the last answer is whole (a new connection each time,
     * answers of every kind: rows, a parse error, a POSTed form, a POSTed query): never a 429, the last query's slot is
     * free by the time its answer has arrived.
     */
    @Test
    void aClientAskingOneQueryAfterAnotherIsNeverRefused() {
        String client = "203.0.113.9";
        for (int i = 0; i < 100; i++) {
            assertThat(raw("GET /sparql?query=" + encode(SMALL), client)).as("rows, query %d", i).isEqualTo(200);
            assertThat(raw("GET /sparql?query=SELEKT", client)).as("a parse error, query %d", i).isEqualTo(400);
            assertThat(post("application/x-www-form-urlencoded", "query=" + encode("ASK {}"), client).statusCode())
                    .as("a form, query %d", i).isEqualTo(200);
            assertThat(post("application/sparql-query", "ASK { ?s ?p ?o }", client).statusCode())
                    .as("a query body, query %d", i).isEqualTo(200);
        }
    }

    /** The status of a request sent on a raw connection of its own (no client library between). */
    private static int raw(String requestLine, String client) {
        return RawHttp.send(server.server().port(), requestLine + " HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: "
                + client + "\r\nAccept: application/sparql-results+json").status();
    }

    private static HttpResponse<String> post(String type, String body, String client) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/sparql")))
                    .header("Content-Type", type).header("X-Forwarded-For", client)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static double queriesReceived() {
        return server.get("/$/metrics").body().lines()
                .filter(line -> line.startsWith("fuseki_requests{") && line.contains("dataset=\"/sparql\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
