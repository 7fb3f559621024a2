package org.ai4skg.server;

import static org.ai4skg.server.PublicationServerExtension.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A budget of one nanosecond of query time per minute: one query, then 429 for that client only. */
class QueryBudgetHttpTest {
    private static final String SMALL = "SELECT * { ?s ?p ?o } LIMIT 1";

    @RegisterExtension
    static final PublicationServerExtension server = ServerFixture.serving()
            .with(s -> s.withTrustProxy(true)
                    .withAdmission(new QueryAdmission(2, 4, Duration.ofSeconds(5), Duration.ofNanos(1))));

    private HttpResponse<String> query(String client) {
        return server.get("/sparql?query=" + encode(SMALL), "X-Forwarded-For", client);
    }

    @Test
    void aClientPastItsQueryTimeGets429WithRetryAfterWhileOthersAreServed() {
        assertThat(query("203.0.113.1").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = query("203.0.113.1");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                value -> assertThat(Integer.parseInt(value)).isBetween(1, 60));
        assertThat(refused.body()).startsWith("429 ").contains("query time").hasLineCount(1);

        assertThat(query("203.0.113.2").statusCode()).as("another client").isEqualTo(200);
        assertThat(server.get("/resource/google-deepmind", "X-Forwarded-For", "203.0.113.1").statusCode())
                .as("pages are not counted").isEqualTo(200);
    }
}
