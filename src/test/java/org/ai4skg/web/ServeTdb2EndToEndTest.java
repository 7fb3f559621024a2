package org.ai4skg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ai4skg.cli.RunningServe;
import org.ai4skg.publication.Layout;
import org.ai4skg.publication.Publication;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ai4s serve --tdb2} over a store holding the repository's publication: the pages for people read the store
 * in transactions of their own, also while SPARQL queries and descriptions run on other threads.
 */
class ServeTdb2EndToEndTest {

    @Test
    void thePagesServeATdb2Store(@TempDir Path store) throws Exception {
        Graph publication = Publication.load(new Layout(RunningServe.REPOSITORY)).all();
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(store.toString());
        Txn.executeWrite(tdb, () -> publication.find().forEachRemaining(tdb.getDefaultGraph()::add));
        TDBInternal.expel(tdb);

        HttpClient http = HttpClient.newHttpClient();
        try (RunningServe serve = RunningServe.start("--tdb2", store.toString(), "--max-queries-per-client", "8")) {
            List<String> paths = List.of("", "?lang=zh", "search?q=DOE", "search?q=%E8%9B%8B%E7%99%BD%E8%B4%A8&lang=zh",
                    "query", "timeline", "ontology", "ontology?lang=zh", "resource/alphafold-3",
                    "resource/alphafold-3?lang=zh", "resource/us-department-of-energy");
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int round = 0; round < 4; round++) {
                    for (String path : paths) {
                        answers.add(pool.submit(() -> http.send(HttpRequest.newBuilder(URI.create(serve.url() + path))
                                .header("Accept", ServeHttpEndToEndTest.BROWSER_ACCEPT).build(),
                                HttpResponse.BodyHandlers.ofString())));
                    }
                    answers.add(pool.submit(() -> http.send(HttpRequest.newBuilder(URI.create(serve.url()
                                    + "sparql?query=" + Links.encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")))
                            .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString())));
                    answers.add(pool.submit(() -> http.send(HttpRequest.newBuilder(URI.create(serve.url()
                                    + "resource/frontier")).header("Accept", "text/turtle").build(),
                            HttpResponse.BodyHandlers.ofString())));
                }
                for (Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> r = answer.get();
                    assertThat(r.statusCode()).as(r.uri() + "\n" + r.body()).isEqualTo(200);
                    if (r.uri().getPath().equals("/sparql")) {
                        assertThat(r.body()).contains(Long.toString(publication.size()));
                    }
                }
            } finally {
                pool.shutdown();
            }
            assertThat(Jsoup.parse(http.send(HttpRequest.newBuilder(URI.create(serve.url() + "resource/alphafold-3?lang=zh"))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString()).body())
                    .select("#props-h + dl.props").text()).contains("谷歌 DeepMind");
            assertThat(Jsoup.parse(http.send(HttpRequest.newBuilder(URI.create(serve.url())).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).getElementById("triples").attr("value"))
                    .isEqualTo(Long.toString(publication.size()));
            HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(serve.url() + "resource/no-such-thing"))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).isEqualTo(404);
        }
    }
}
