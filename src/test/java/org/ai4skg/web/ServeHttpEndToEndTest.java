package org.ai4skg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.ai4skg.cli.RunningServe;
import org.ai4skg.publication.Layout;
import org.ai4skg.publication.Publication;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real {@code ai4s serve} of the repository, over HTTP: every IRI of the publication (each subject of the
 * {@code resource/} namespace, and the vocabulary) dereferences as HTML for a browser, in English and in Chinese, and
 * as Turtle holding the resource's own statements; validators, {@code 304}, {@code Vary}; the web 404 page; the three
 * searches of the issue; the site pages.
 */
class ServeHttpEndToEndTest {

    /** What Chromium sends for a page. */
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
            + "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

    static RunningServe serve;
    static Graph publication;
    static List<String> iris;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        publication = Publication.load(new Layout(RunningServe.REPOSITORY)).all();
        Set<String> subjects = new TreeSet<>();
        publication.find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Rdf.RESOURCES)) {
                subjects.add(t.getSubject().getURI());
            }
        });
        subjects.add(Rdf.ONTOLOGY);
        iris = List.copyOf(subjects);
        serve = RunningServe.start();
    }

    @AfterAll
    static void stop() {
        if (serve != null) {
            serve.close();
        }
    }

    static String url(String iri) {
        String local = iri.substring(Rdf.NS.length());
        try {
            return serve.url() + new URI(null, null, local, null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(iri, e);
        }
    }

    static HttpResponse<String> get(String url, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    /** The label in the language, as the pages pick it: skos:prefLabel, then rdfs:label. */
    static Optional<String> label(Node subject, String lang) {
        for (Node p : List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode())) {
            Optional<String> found = publication.find(subject, p, Node.ANY).toList().stream()
                    .map(Triple::getObject).filter(o -> o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase(lang))
                    .map(Node::getLiteralLexicalForm).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @Test
    void sitePagesCarryValidatorsAndAnswerConditionalRequestsWith304() throws Exception {
        for (String page : List.of("", "search?q=DOE", "timeline", "query")) {
            HttpResponse<String> english = get(serve.url() + page, "Accept", "text/html");
            assertThat(english.statusCode()).as(page).isEqualTo(200);
            String etag = header(english, "ETag");
            assertThat(etag).as(page).isNotEmpty();
            assertThat(header(english, "Last-Modified")).as(page).isNotEmpty();
            HttpResponse<String> again = get(serve.url() + page, "Accept", "text/html", "If-None-Match", etag);
            assertThat(again.statusCode()).as(page).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            HttpResponse<String> chinese = get(serve.url() + page, "Accept", "text/html", "Accept-Language", "zh",
                    "If-None-Match", etag);
            assertThat(chinese.statusCode()).as("another language is another representation: " + page).isEqualTo(200);
        }
        HttpResponse<String> sparql = get(serve.url() + "sparql?query=ASK%7B%7D", "Accept", "application/sparql-results+json");
        assertThat(get(serve.url() + "sparql?query=ASK%7B%7D", "Accept", "application/sparql-results+json",
                "If-None-Match", "*").statusCode()).as("the SPARQL endpoint is not a page").isEqualTo(sparql.statusCode());
    }

    @Test
    void theReadyUrlIsTheLocalOne() {
        assertThat(serve.url()).matches("http://localhost:\\d+/");
        assertThat(iris).hasSizeGreaterThan(300);
    }

    @Test
    void everyIriIsAPageForABrowserInEnglishAndChinese() throws Exception {
        List<Long> nanos = new ArrayList<>();
        for (String iri : iris) {
            String url = url(iri);
            long t = System.nanoTime();
            HttpResponse<String> en = get(url, "Accept", BROWSER_ACCEPT);
            nanos.add(System.nanoTime() - t);
            assertThat(en.statusCode()).as(url).isEqualTo(200);
            assertThat(header(en, "Content-Type")).as(url).startsWith("text/html");
            assertThat(header(en, "Content-Language")).as(url).isEqualTo("en");
            assertThat(en.headers().allValues("Vary")).as(url).anyMatch(v -> v.contains("Accept"));
            Document enPage = Jsoup.parse(en.body(), url);
            assertThat(enPage.selectFirst("html").attr("lang")).as(url).isEqualTo("en");
            assertLinksStayOnThisServer(enPage, url);
            JSON.parse(enPage.selectFirst("script[type=application/ld+json]") == null ? "{}"
                    : enPage.selectFirst("script[type=application/ld+json]").data());

            HttpResponse<String> zh = get(url + "?lang=zh", "Accept", BROWSER_ACCEPT);
            assertThat(zh.statusCode()).as(url).isEqualTo(200);
            assertThat(header(zh, "Content-Language")).as(url).isEqualTo("zh");
            assertThat(header(zh, "ETag")).as(url).isNotEqualTo(header(en, "ETag"));
            Document zhPage = Jsoup.parse(zh.body(), url);
            assertThat(zhPage.selectFirst("html").attr("lang")).as(url).isEqualTo("zh");
            Node subject = NodeFactory.createURI(iri);
            label(subject, "zh").ifPresent(l -> assertThat(zhPage.select("h1").text()).as(url).contains(l));
            label(subject, "en").ifPresent(l -> assertThat(enPage.select("h1").text()).as(url).contains(l));
            assertLinksStayOnThisServer(zhPage, url);
            // Every link to another page of the site keeps the chosen language.
            for (Element a : zhPage.select("a[href^=" + serve.url() + "]")) {
                String href = a.attr("href");
                boolean page = href.startsWith(serve.url() + "resource/") || href.startsWith(serve.url() + "ontology")
                        || href.startsWith(serve.url() + "search") || href.startsWith(serve.url() + "timeline")
                        || href.startsWith(serve.url() + "query") || href.equals(serve.url()) || href.startsWith(serve.url() + "?");
                boolean rdf = href.matches(".*\\.(ttl|jsonld|nt|rdf)(\\?.*)?$");
                if (page && !rdf && !a.id().equals("lang-en") && !a.attr("rel").contains("canonical")) {
                    assertThat(href).as(url + " link " + a.outerHtml()).contains("lang=zh");
                }
            }
        }
        Collections.sort(nanos);
        System.out.printf("ai4s serve: %d IRIs as HTML, first request each: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                nanos.size(), nanos.get(nanos.size() / 2) / 1e6, nanos.get(nanos.size() * 99 / 100) / 1e6,
                nanos.get(nanos.size() - 1) / 1e6);
    }

    /** No link to a w3id.org IRI of ours (it would leave the local site), none to another local port. */
    static void assertLinksStayOnThisServer(Document page, String url) {
        List<String> hrefs = page.select("a[href], link[href], form[action], script[src]").stream()
                .map(e -> e.hasAttr("href") ? e.attr("href") : e.hasAttr("action") ? e.attr("action") : e.attr("src"))
                .toList();
        assertThat(hrefs).as(url).noneMatch(h -> h.startsWith(Rdf.NS));
        assertThat(hrefs).as(url).filteredOn(h -> h.matches("(?i)https?://(localhost|127\\.0\\.0\\.1)[:/].*"))
                .allMatch(h -> h.startsWith(serve.url()));
    }

    @Test
    void everyIriIsTurtleWithItsOwnStatements() throws Exception {
        for (String iri : iris) {
            String url = url(iri);
            Graph served = GraphFactory.createDefaultGraph();
            String next = url;
            HttpResponse<String> first = null;
            while (next != null) {
                HttpResponse<String> r = get(next, "Accept", "text/turtle");
                assertThat(r.statusCode()).as(next).isEqualTo(200);
                assertThat(header(r, "Content-Type")).as(next).startsWith("text/turtle");
                assertThat(r.headers().allValues("Vary")).as(next).anyMatch(v -> v.contains("Accept"));
                RDFParser.fromString(r.body(), Lang.TURTLE).parse(served);
                first = first == null ? r : first;
                next = r.headers().firstValue("Link").filter(l -> l.contains("rel=\"next\""))
                        .map(l -> l.substring(l.indexOf('<') + 1, l.indexOf('>'))).orElse(null);
            }
            Node subject = NodeFactory.createURI(iri);
            List<Triple> own = publication.find(subject, Node.ANY, Node.ANY).toList();
            assertThat(own).as(iri).isNotEmpty();
            for (Triple t : own) {
                if (t.getObject().isBlank()) {
                    assertThat(served.find(subject, t.getPredicate(), Node.ANY).toList()).as(iri + " " + t).isNotEmpty();
                } else {
                    assertThat(served.contains(t)).as(iri + " misses " + t).isTrue();
                }
            }
            // The validator answers 304 to a conditional GET.
            String etag = header(first, "ETag");
            assertThat(etag).as(url).isNotEmpty();
            HttpResponse<String> again = get(url, "Accept", "text/turtle", "If-None-Match", etag);
            assertThat(again.statusCode()).as(url).isEqualTo(304);
            assertThat(again.body()).isEmpty();
        }
    }

    @Test
    void languageByHeaderAndByParameterAreCachedApart() throws Exception {
        String url = serve.url() + "resource/alphafold-3";
        // Alternate between the variants: a cache keyed without the language would answer one with the other.
        for (int round = 0; round < 2; round++) {
            HttpResponse<String> zh = get(url + "?lang=zh", "Accept", BROWSER_ACCEPT);
            HttpResponse<String> en = get(url, "Accept", BROWSER_ACCEPT);
            HttpResponse<String> zhByHeader = get(url, "Accept", BROWSER_ACCEPT, "Accept-Language", "zh-CN,zh;q=0.9");
            HttpResponse<String> enOverHeader = get(url + "?lang=en", "Accept", BROWSER_ACCEPT, "Accept-Language", "zh-CN");
            assertThat(Jsoup.parse(zh.body()).selectFirst("html").attr("lang")).isEqualTo("zh");
            assertThat(Jsoup.parse(zhByHeader.body()).selectFirst("html").attr("lang")).isEqualTo("zh");
            assertThat(Jsoup.parse(en.body()).selectFirst("html").attr("lang")).isEqualTo("en");
            assertThat(Jsoup.parse(enOverHeader.body()).selectFirst("html").attr("lang")).isEqualTo("en");
            assertThat(zh.body()).contains("谷歌 DeepMind");
            assertThat(en.body()).contains("Google DeepMind").doesNotContain("谷歌 DeepMind");
            assertThat(String.join(", ", zh.headers().allValues("Vary"))).contains("Accept-Language");
            // A validator of one language does not validate the other.
            assertThat(get(url, "Accept", BROWSER_ACCEPT, "If-None-Match", header(zh, "ETag")).statusCode()).isEqualTo(200);
            assertThat(get(url + "?lang=zh", "Accept", BROWSER_ACCEPT, "If-None-Match", header(zh, "ETag")).statusCode())
                    .isEqualTo(304);
        }
    }

    @Test
    void anUnknownIriGetsTheSitesNotFoundPage() throws Exception {
        for (String local : List.of("resource/no-such-thing", "resource/%E8%9B%8B%E7%99%BD%E8%B4%A8%E4%B8%8D%E5%AD%98%E5%9C%A8",
                "resource/no-such-thing?lang=zh", "no/such/page", "serch?q=DOE", "ontologie")) {
            HttpResponse<String> r = get(serve.url() + local, "Accept", BROWSER_ACCEPT);
            assertThat(r.statusCode()).as(local).isEqualTo(404);
            assertThat(header(r, "Content-Type")).as(local).startsWith("text/html");
            Document d = Jsoup.parse(r.body(), serve.url() + local);
            assertThat(d.select("header.site")).as(local).hasSize(1);
            assertThat(d.select("form[role=search]")).as(local).isNotEmpty();
            assertThat(d.select("link[rel=stylesheet]").attr("href")).isEqualTo(StaticAssets.url(serve.url(), "ai4s.css"));
            assertLinksStayOnThisServer(d, local);
            assertThat(d.selectFirst("html").attr("lang")).isEqualTo(local.contains("lang=zh") ? "zh" : "en");
        }
        Document unknown = Jsoup.parse(get(serve.url() + "resource/%E8%9B%8B%E7%99%BD%E8%B4%A8%E4%B8%8D%E5%AD%98%E5%9C%A8",
                "Accept", BROWSER_ACCEPT).body());
        assertThat(unknown.select("main p.iri").text()).isEqualTo(Rdf.RESOURCES + "蛋白质不存在");
        assertThat(unknown.select("main input[name=q]").attr("value")).isEqualTo("蛋白质不存在");
        assertThat(Jsoup.parse(get(serve.url() + "no/such/page", "Accept", BROWSER_ACCEPT).body()).select("main p.iri").text())
                .isEqualTo(Rdf.NS + "no/such/page");
        HttpResponse<String> turtle = get(serve.url() + "resource/no-such-thing", "Accept", "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(404);
        assertThat(header(turtle, "Content-Type")).startsWith("text/plain");
    }

    @Test
    void theVocabularyHasAnAnchorForEveryTerm() throws Exception {
        Document d = Jsoup.parse(get(serve.url() + "ontology", "Accept", BROWSER_ACCEPT).body());
        Set<String> terms = new TreeSet<>();
        publication.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Rdf.ONTOLOGY + "#")) {
                terms.add(t.getSubject().getURI().substring(Rdf.ONTOLOGY.length() + 1));
            }
        });
        assertThat(terms).hasSizeGreaterThan(50);
        for (String term : terms) {
            assertThat(d.getElementById(term)).as(term).isNotNull();
        }
        // Every link into the vocabulary, from the vocabulary or a resource page, lands on an anchor that exists.
        for (String page : List.of("ontology", "resource/alphafold-3", "resource/frontier", "")) {
            Document p = Jsoup.parse(get(serve.url() + page, "Accept", BROWSER_ACCEPT).body());
            for (Element a : p.select("a[href^=" + serve.url() + "ontology]")) {
                String href = a.attr("href");
                if (href.contains("#")) {
                    assertThat(d.getElementById(href.substring(href.indexOf('#') + 1))).as(page + ": " + href).isNotNull();
                }
            }
        }
    }

    @Test
    void theTimelineNamesQuantitiesAndTheVocabularyCountsInGoodEnglish() throws Exception {
        String timeline = Jsoup.parse(get(serve.url() + "timeline", "Accept", BROWSER_ACCEPT).body())
                .select("ol.timeline-list").text();
        assertThat(timeline).contains("Structures in the AlphaFold Protein Structure Database (≥ 200,000,000)");
        Document vocabulary = Jsoup.parse(get(serve.url() + "ontology", "Accept", BROWSER_ACCEPT).body());
        assertThat(vocabulary.select("dd.usage").eachText()).contains("1 instance", "1 statement", "16 instances")
                .doesNotContain("1 instances", "1 statements");
    }

    @Test
    void aNameTaggedInBothLanguagesIsShownOnce() throws Exception {
        Document zh = Jsoup.parse(get(serve.url() + "resource/google-deepmind?lang=zh", "Accept", BROWSER_ACCEPT).body());
        assertThat(zh.select("p.aka").text()).isEqualTo("又名: Google DeepMind · DeepMind");
        Document en = Jsoup.parse(get(serve.url() + "resource/google-deepmind", "Accept", BROWSER_ACCEPT).body());
        assertThat(en.select("p.aka").text()).isEqualTo("Also known as: 谷歌 DeepMind · DeepMind");
    }

    @Test
    void theSitePagesAnswer() throws Exception {
        for (String path : List.of("", "?lang=zh", "search?q=AI", "search?q=AI&lang=zh", "query", "query?lang=zh",
                "timeline", "timeline?lang=zh", "ontology?lang=zh", "static/ai4s.css", "static/yasgui/yasgui.min.js",
                ".well-known/void", "sparql", "$/ping")) {
            HttpResponse<String> r = get(serve.url() + path, "Accept", BROWSER_ACCEPT);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
        }
        Document home = Jsoup.parse(get(serve.url(), "Accept", BROWSER_ACCEPT).body(), serve.url());
        assertThat(home.getElementById("triples").attr("value")).isEqualTo(Long.toString(publication.size()));
        assertLinksStayOnThisServer(home, "home");
    }

    @Test
    void theThreeSearchesFindWhatAReaderExpects() throws Exception {
        assertTop("AlphaFold", "en", Rdf.RESOURCES + "alphafold");
        assertTop("DOE", "en", Rdf.RESOURCES + "us-department-of-energy");
        assertTop("蛋白质", "zh", Rdf.RESOURCES + "protein-structure-prediction");
    }

    private static void assertTop(String q, String lang, String expected) throws Exception {
        String url = serve.url() + "search?format=json&lang=" + lang + "&q=" + Links.encode(q);
        JsonArray results = JSON.parse(get(url).body()).get("results").getAsArray();
        assertThat(results).as(q).isNotEmpty();
        var top = results.get(0).getAsObject();
        assertThat(top.get("iri").getAsString().value()).as(q).isEqualTo(expected);
        assertThat(top.get("url").getAsString().value()).as(q).startsWith(serve.url() + "resource/");
    }
}
