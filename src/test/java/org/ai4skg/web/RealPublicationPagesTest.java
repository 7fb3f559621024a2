package org.ai4skg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.ai4skg.core.Layout;
import org.ai4skg.core.Publication;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every page of the real publication ({@code ontology/} and {@code data/} of the repository) renders: each resource
 * answers 200 with a title, only local links and valid JSON-LD; the site pages answer; the three searches of the
 * issue find something fitting. Skipped where the repository has no publication yet.
 */
class RealPublicationPagesTest {

    @Test
    void everyPageOfThePublicationRenders() throws Exception {
        Layout layout = Layout.fromEnvironment();
        Assumptions.assumeTrue(Files.isDirectory(layout.ontology()) && Files.isDirectory(layout.data()),
                "no ontology/ and data/ in " + layout.home());
        Graph g = Publication.load(layout).all();
        HttpClient http = HttpClient.newHttpClient();
        try (WebTestServer server = new WebTestServer(g, layout.queries())) {
            for (String path : List.of("", "?lang=zh", "ontology", "ontology?lang=zh", "timeline", "timeline?lang=zh",
                    "query", "search?q=AI")) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.base() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(path).isEqualTo(200);
            }
            Set<String> resources = new TreeSet<>();
            g.find(Node.ANY, Rdf.TYPE, Node.ANY).forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Rdf.RESOURCES)) {
                    resources.add(t.getSubject().getURI());
                }
            });
            List<Long> nanos = new ArrayList<>();
            for (String iri : resources) {
                String local = iri.substring(Rdf.NS.length());
                for (String lang : List.of("en", "zh")) {
                    String url = server.base() + new URI(null, null, local, null).toASCIIString() + "?lang=" + lang;
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(r.statusCode()).as(url).isEqualTo(200);
                    Document d = Jsoup.parse(r.body());
                    assertThat(d.select("h1").text()).as(url).isNotBlank();
                    assertThat(d.select("a[href]").eachAttr("href")).as(url)
                            .noneMatch(h -> h.startsWith("https://w3id.org"));
                    JSON.parse(d.selectFirst("script[type=application/ld+json]").data());
                }
                long t = System.nanoTime();
                server.pages.resourcePages().render(g, Rdf.iri(iri), "en", server.base());
                nanos.add(System.nanoTime() - t);
            }
            Collections.sort(nanos);
            System.out.printf("rendered %d resource pages of the publication: p50 %.2f ms, max %.2f ms%n",
                    nanos.size(), nanos.get(nanos.size() / 2) / 1e6, nanos.get(nanos.size() - 1) / 1e6);

            for (String q : List.of("AlphaFold", "DOE", "蛋白质")) {
                String url = server.base() + "search?format=json&lang=" + (q.equals("蛋白质") ? "zh" : "en") + "&q="
                        + Links.encode(q);
                JsonArray results = JSON.parse(http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString()).body()).get("results").getAsArray();
                assertThat(results).as(q).isNotEmpty();
                var top = results.get(0).getAsObject();
                String names = top.get("label").getAsString().value() + " "
                        + String.join(" ", top.get("otherNames").getAsArray().stream()
                        .map(v -> v.getAsString().value()).toList());
                assertThat(names).as(q).containsIgnoringCase(q);
            }
        }
    }
}
