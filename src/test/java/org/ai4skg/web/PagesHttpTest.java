package org.ai4skg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pages over HTTP on a real server: escaping, languages, alternates, JSON-LD, status codes. */
class PagesHttpTest {

    static WebTestServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = WebTestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path, String acceptLanguage) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + path)).header("Accept", "text/html");
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Document page(String path, String acceptLanguage) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path, acceptLanguage);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        return Jsoup.parse(r.body(), server.base() + path);
    }

    @Test
    void homePageAnswersAtTheRoot() throws Exception {
        Document d = page("", null);
        assertThat(d.select("h1").text()).isEqualTo("AI for Science knowledge graph");
    }

    @Test
    void unknownResourceIs404() throws Exception {
        assertThat(get("resource/no-such-thing", null).statusCode()).isEqualTo(404);
    }

    @Test
    void resourcePageSmoke() throws Exception {
        Document d = page("resource/alphafold-3", null);
        assertThat(d.select("h1").text()).isEqualTo("AlphaFold 3");
    }
}
