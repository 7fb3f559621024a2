package org.ai4skg.server;

import static org.ai4skg.server.PublicationServerExtension.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Health, metrics, the access log, and the pages for people served beside the linked-data core. */
class OperationsTest {

    @RegisterExtension
    static final PublicationServerExtension server = ServerFixture.serving();

    @Test
    void pingAnswers() {
        HttpResponse<String> response = server.get("/$/ping");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isNotBlank();
    }

    @Test
    void prometheusMetricsWithoutTheAdminApi() {
        server.get("/sparql?query=" + encode("ASK {}"));
        HttpResponse<String> response = server.get("/$/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(response.body()).contains("# TYPE").contains("fuseki_requests{").contains("dataset=\"/sparql\"");
    }

    @Test
    void oneAccessLogLinePerRequest() {
        server.get("/resource/alphafold-3", "Accept", "text/turtle");
        server.get("/resource/no-such-thing");
        // The line is written when the exchange completes, which may be just after the client has the response.
        Await.until("the access log names both requests", Duration.ofSeconds(10),
                () -> server.accessLog.stream().anyMatch(line -> line.matches("GET /resource/alphafold-3 200 \\d+ms"))
                        && server.accessLog.stream().anyMatch(line -> line.matches("GET /resource/no-such-thing 404 \\d+ms")),
                server.accessLog::toString);
    }

    @Test
    void theAccessLogNeverHoldsQueryStringsCredentialsOrBodies() {
        server.get("/sparql?query=" + encode("ASK { <urn:secret-query> ?p ?o }"),
                "Authorization", "Basic c2VjcmV0LXVzZXI6c2VjcmV0LXBhc3N3b3Jk", "Cookie", "session=secret-cookie");
        server.send("POST", "/sparql", "application/sparql-query", "ASK { <urn:secret-body> ?p ?o }");
        Await.until("the access log names both requests", Duration.ofSeconds(10),
                () -> server.accessLog.stream().anyMatch(line -> line.matches("GET /sparql 200 \\d+ms"))
                        && server.accessLog.stream().anyMatch(line -> line.matches("POST /sparql 200 \\d+ms")),
                server.accessLog::toString);
        assertThat(server.accessLog).noneMatch(line -> line.contains("secret") || line.contains("c2VjcmV0"));
    }

    @Test
    void thePagesForPeopleAreServedBesideTheCore() {
        HttpResponse<String> home = server.get("/", "Accept", "text/html");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(server.get("/search?q=AlphaFold", "Accept", "text/html").body()).contains("AlphaFold 3");
        assertThat(server.get("/resource/alphafold-3", "Accept", "text/turtle").statusCode()).isEqualTo(200);
        assertThat(server.get("/sparql?query=" + encode("ASK {}")).statusCode()).isEqualTo(200);
    }

    @Test
    void theProductionPagesRenderDescriptionsAndTheNotFoundPage() {
        HttpResponse<String> response = server.get("/resource/google-deepmind?lang=zh", "Accept", "text/html");
        assertThat(Jsoup.parse(response.body()).select("h1").text()).contains("谷歌DeepMind");
        assertThat(response.headers().firstValue("Content-Language")).hasValue("zh");
        HttpResponse<String> missing = server.get("/resource/no-such-thing", "Accept", "text/html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.body()).select("input[name=q]").attr("value")).isEqualTo("no such thing");
    }
}
