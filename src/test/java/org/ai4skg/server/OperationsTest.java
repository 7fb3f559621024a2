package org.ai4skg.server;

import static org.ai4skg.server.TestServer.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Health, metrics, the access log, and the seams for the pages for people (extra servlets, the HTML renderer). */
class OperationsTest {
    static TestServer server;

    static final class HomeServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().write("home " + request.getRequestURI());
        }
    }

    @BeforeAll
    static void start() {
        server = TestServer.start(b -> b
                .addServlet("/", new HomeServlet())
                .addServlet("/search", new HomeServlet())
                .htmlRenderer((description, lang, baseUrl) -> "<!DOCTYPE html><title>custom " + lang + " "
                        + Html.escape(description.label(description.node(), lang).orElseThrow().text()) + " " + baseUrl + "</title>"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

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
        awaitAccessLogLine("GET /resource/alphafold-3 200 \\d+ms");
        awaitAccessLogLine("GET /resource/no-such-thing 404 \\d+ms");
    }

    @Test
    void theAccessLogNeverHoldsQueryStringsCredentialsOrBodies() {
        server.get("/sparql?query=" + encode("ASK { <urn:secret-query> ?p ?o }"),
                "Authorization", "Basic c2VjcmV0LXVzZXI6c2VjcmV0LXBhc3N3b3Jk", "Cookie", "session=secret-cookie");
        server.send("POST", "/sparql", "application/sparql-query", "ASK { <urn:secret-body> ?p ?o }");
        awaitAccessLogLine("GET /sparql 200 \\d+ms");
        awaitAccessLogLine("POST /sparql 200 \\d+ms");
        assertThat(server.accessLog).noneMatch(line -> line.contains("secret") || line.contains("c2VjcmV0"));
    }

    /** Jetty writes the line once the response is complete, which may be just after the client has read it. */
    private static void awaitAccessLogLine(String regex) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (server.accessLog.stream().noneMatch(line -> line.matches(regex)) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(server.accessLog).anyMatch(line -> line.matches(regex));
    }

    @Test
    void extraServletsAreServedBesideTheCoreOnes() {
        HttpResponse<String> home = server.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).isEqualTo("home /");
        assertThat(server.get("/search?q=AlphaFold").body()).isEqualTo("home /search");
        assertThat(server.get("/resource/alphafold-3", "Accept", "text/turtle").statusCode()).isEqualTo(200);
        assertThat(server.get("/sparql?query=" + encode("ASK {}")).statusCode()).isEqualTo(200);
    }

    @Test
    void aRicherHtmlRendererReplacesThePlainOne() {
        HttpResponse<String> response = server.get("/resource/google-deepmind?lang=zh", "Accept", "text/html");
        assertThat(response.body()).isEqualTo("<!DOCTYPE html><title>custom zh 谷歌DeepMind " + server.url("/") + "</title>");
        HttpResponse<String> missing = server.get("/resource/no-such-thing", "Accept", "text/html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Not found");
    }
}
