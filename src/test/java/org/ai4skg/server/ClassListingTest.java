package org.ai4skg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ai4skg.publication.Layout;
import org.ai4skg.publication.Publication;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class with more members than the home page lists: the home page shows the first ones and links to the class's
 * listing, whose pages together hold every member once.
 */
class ClassListingTest {

    private static final String MODEL = "https://w3id.org/ai4s-kg/ontology#Model";
    private static final int ADDED = 1_201;

    @Test
    void theHomePageListsTheFirstMembersAndThePagesListThemAll(@TempDir Path store) {
        Publication publication = Publication.load(new Layout(ServerFixture.HOME));
        Node label = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel");
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(store.toString());
        Txn.executeWrite(tdb, () -> {
            publication.all().find().forEachRemaining(tdb.getDefaultGraph()::add);
            for (int i = 0; i < ADDED; i++) {
                Node model = NodeFactory.createURI(Namespace.RESOURCE + "generated-model-" + i);
                tdb.getDefaultGraph().add(model, RDF.Nodes.type, NodeFactory.createURI(MODEL));
                tdb.getDefaultGraph().add(model, label, NodeFactory.createLiteralLang("Generated model " + i, "en"));
            }
        });
        long models = Txn.calculateRead(tdb, () -> tdb.getDefaultGraph().find(null, RDF.Nodes.type,
                NodeFactory.createURI(MODEL)).toList().size());
        TDBInternal.expel(tdb);

        try (PublicationServerExtension server = PublicationServerExtension.serving(ServerFixture.HOME)
                .with(s -> s.withTdb2(store)).start()) {
            Document home = Jsoup.parse(server.get("/", "Accept", "text/html").body());
            Element section = home.getElementById("class-Model");
            assertThat(section.select(".count").text()).isEqualTo("(" + models + ")");
            assertThat(section.select("ul > li")).hasSize(500);
            String first = section.select("p.more a").attr("href");
            assertThat(first).contains("members?class=").contains("page=1");

            Set<String> listed = new HashSet<>();
            String next = first;
            int pages = 0;
            while (!next.isEmpty()) {
                HttpResponse<String> page = server.get(path(next), "Accept", "text/html");
                assertThat(page.statusCode()).as(next).isEqualTo(200);
                Document d = Jsoup.parse(page.body());
                List<String> members = d.select("ul.members > li a").eachAttr("href");
                assertThat(members.size()).isBetween(1, 500);
                listed.addAll(members);
                next = d.select("a[rel=next]").attr("href");
                pages++;
            }
            assertThat(pages).isEqualTo((int) ((models + 499) / 500));
            assertThat(listed).hasSize((int) models);

            String classParameter = "members?class=" + org.ai4skg.web.Links.encode(MODEL);
            assertThat(server.get("/" + classParameter + "&page=" + (pages + 1), "Accept", "text/html").statusCode())
                    .isEqualTo(404);
            assertThat(server.get("/" + classParameter + "&page=0", "Accept", "text/html").statusCode()).isEqualTo(404);
            assertThat(server.get("/" + classParameter + "&page=x", "Accept", "text/html").statusCode()).isEqualTo(404);
            assertThat(server.get("/members?class=http%3A%2F%2Fexample.org%2FNothing", "Accept", "text/html")
                    .statusCode()).isEqualTo(404);
            assertThat(server.get("/members", "Accept", "text/html").statusCode()).isEqualTo(404);
        }
    }

    /** The path and query of a link on a page (absolute, to the server). */
    private static String path(String href) {
        java.net.URI uri = java.net.URI.create(href);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
