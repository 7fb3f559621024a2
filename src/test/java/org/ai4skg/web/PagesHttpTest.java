package org.ai4skg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.ai4skg.server.PublicationServerExtension;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The pages over HTTP on a real server: escaping, languages, alternates, JSON-LD, search JSON, status codes. */
class PagesHttpTest {

    @RegisterExtension
    static final PublicationServerExtension server = PublicationServerExtension.serving(WebFixture.HOME);
    static final org.apache.jena.graph.Graph GRAPH = WebFixture.publication();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final List<String> PAGES = List.of("", "search?q=DOE", "query", "timeline", "ontology",
            "resource/alphafold-3");

    static HttpResponse<String> get(String path, String accept, String acceptLanguage)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + path)).header("Accept", accept);
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Document page(String path, String acceptLanguage) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path, "text/html", acceptLanguage);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        return Jsoup.parse(r.body(), server.base() + path);
    }

    static Document page(String path) throws IOException, InterruptedException {
        return page(path, null);
    }

    // --- escaping -------------------------------------------------------------------------------------------

    @Test
    void aLabelWithAScriptTagStaysText() throws Exception {
        HttpResponse<String> r = get("resource/script-test", "text/html", null);
        assertThat(r.body()).doesNotContain("<script>alert(1)</script>").doesNotContain("<b>markup</b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Document d = Jsoup.parse(r.body());
        assertThat(d.select("h1").text()).isEqualTo("<script>alert(1)</script> Programme");
        assertThat(d.select("p.definition").text()).contains("<b>markup</b>");
        assertThat(d.select("script").stream().map(Element::data)).noneMatch(s -> s.contains("alert(1)</script>"));
        assertThat(d.select("script:not([type=application/ld+json])")).isEmpty();
        // The JSON-LD block holds the label escaped for a script context and still parses to the same text.
        Element ld = d.selectFirst("script[type=application/ld+json]");
        assertThat(ld.data()).contains("\\u003cscript\\u003e");
        assertThat(JSON.parse(ld.data()).get("name").getAsString().value())
                .isEqualTo("<script>alert(1)</script> Programme");
    }

    @Test
    void searchEchoIsEscaped() throws Exception {
        HttpResponse<String> r = get("search?q=" + Links.encode("<img src=x onerror=alert(1)>"), "text/html", null);
        assertThat(r.body()).doesNotContain("<img src=x");
        assertThat(Jsoup.parse(r.body()).select("img")).isEmpty();
    }

    // --- languages -----------------------------------------------------------------------------------------

    @Test
    void englishByDefaultChineseByAcceptLanguage() throws Exception {
        Document en = page("resource/us-department-of-energy");
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.select("h1").text()).isEqualTo("United States Department of Energy");
        Document zh = page("resource/us-department-of-energy", "zh-CN,zh;q=0.9,en;q=0.8");
        assertThat(zh.selectFirst("html").attr("lang")).isEqualTo("zh");
        assertThat(zh.select("h1").text()).isEqualTo("美国能源部");
        assertThat(zh.select("#props-h, #src-h").eachText()).contains("来源");
        Document enPreferred = page("resource/us-department-of-energy", "en-GB,en;q=0.9,zh;q=0.5");
        assertThat(enPreferred.select("h1").text()).isEqualTo("United States Department of Energy");
    }

    @Test
    void theQueryParameterWinsAndIsKeptInLinks() throws Exception {
        Document d = page("resource/alphafold-3?lang=en", "zh-CN");
        assertThat(d.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(d.select("a[href*=google-deepmind]").first().attr("href")).endsWith("google-deepmind?lang=en");
        Document zh = page("resource/alphafold-3?lang=zh", "en");
        assertThat(zh.selectFirst("html").attr("lang")).isEqualTo("zh");
        assertThat(zh.select("a[href*=google-deepmind]").first().text()).isEqualTo("谷歌 DeepMind");
        assertThat(zh.select("a[href*=google-deepmind]").first().attr("href")).endsWith("google-deepmind?lang=zh");
        assertThat(zh.select("form.search input[name=lang]").attr("value")).isEqualTo("zh");
    }

    @Test
    void everyPageHasTheSwitcherInBothLanguages() throws Exception {
        for (String p : PAGES) {
            Document d = page(p);
            assertThat(d.select("#lang-en").attr("href")).as(p).endsWith("lang=en");
            assertThat(d.select("#lang-zh").attr("href")).as(p).endsWith("lang=zh");
            assertThat(d.select("#lang-zh").attr("lang")).isEqualTo("zh");
            assertThat(d.select(".langs a[aria-current]").text()).as(p).isEqualTo("English");
            Document zh = page(p + (p.contains("?") ? "&" : "?") + "lang=zh");
            assertThat(zh.select(".langs a[aria-current]").text()).as(p).isEqualTo("中文");
            assertThat(zh.select("header.site nav").text()).as(p).contains("搜索", "查询", "时间线", "本体");
        }
    }

    @Test
    void theSwitcherKeepsTheRestOfTheQuery() throws Exception {
        Document d = page("search?q=DOE&lang=en");
        assertThat(d.select("#lang-zh").attr("href")).endsWith("search?q=DOE&lang=zh");
    }

    @Test
    void aMissingLabelFallsBackToTheOtherLanguageMarked() throws Exception {
        Element h1 = page("resource/exascale-computing-project").selectFirst("h1 span");
        assertThat(h1.text()).isEqualTo("科学智能专项");
        assertThat(h1.attr("lang")).isEqualTo("zh");
        assertThat(h1.hasClass("fallback")).isTrue();
        assertThat(h1.attr("title")).isEqualTo("No English label: shown in Chinese");
        Element zh = page("resource/script-test?lang=zh").selectFirst("h1 span");
        assertThat(zh.attr("lang")).isEqualTo("en");
        assertThat(zh.hasClass("fallback")).isTrue();
        Element label = page("resource/alphafold-3?lang=zh").selectFirst("h1 span");
        assertThat(label.hasClass("fallback")).isFalse();
    }

    // --- resource pages --------------------------------------------------------------------------------------

    @Test
    void titleIsLabelAndTypeAndPropertiesAreLinkedByLabel() throws Exception {
        Document d = page("resource/alphafold-3");
        assertThat(d.title()).startsWith("AlphaFold 3 — AI model");
        assertThat(d.select(".types a").text()).isEqualTo("AI model");
        assertThat(d.select(".types a").attr("href")).isEqualTo(server.base() + "ontology?lang=en#Model");
        assertThat(d.select("p.definition").text()).startsWith("A model that predicts the structure");
        assertThat(d.select("dl.props dt").eachText()).contains("developer", "field", "release date");
        Element developer = d.selectFirst("dl.props a[href$=resource/google-deepmind?lang=en]");
        assertThat(developer.text()).isEqualTo("Google DeepMind");
        // Never a raw IRI as link text, and every link to the namespace is rewritten to the local site.
        assertThat(d.select("main a").eachText()).noneMatch(t -> t.startsWith("https://w3id.org"));
        assertThat(d.select("a[href]").eachAttr("href")).noneMatch(h -> h.startsWith("https://w3id.org"));
    }

    @Test
    void datesAtTheirPrecisionAndQuantitiesWithUnits() throws Exception {
        String statements = "section:has(#props-h) ";
        assertThat(page("resource/alphafold-3").select(statements + "time").text()).isEqualTo("8 May 2024");
        assertThat(page("resource/alphafold-3").select(statements + "time").attr("datetime")).isEqualTo("2024-05-08");
        assertThat(page("resource/frontier").select(statements + "time").text()).isEqualTo("May 2022");
        assertThat(page("resource/frontier?lang=zh").select(statements + "time").text()).isEqualTo("2022年5月");
        assertThat(page("resource/alphafold-2").select(statements + "time").text()).isEqualTo("2020");
        assertThat(page("resource/fasst?lang=zh").select(statements + "time").text()).isEqualTo("2024年");
        assertThat(page("resource/frontier").select("dl.props dd").eachText()).contains("1.102 EFLOPS");
    }

    @Test
    void externalLinksSourceAndCorrectionsAreVisible() throws Exception {
        Document org = page("resource/us-department-of-energy");
        assertThat(org.select("ul.external a").eachAttr("href"))
                .contains("http://www.wikidata.org/entity/Q217810", "https://ror.org/01bj3aw27");
        assertThat(org.select("ul.external a").eachText()).contains("Wikidata Q217810", "ROR 01bj3aw27");
        assertThat(page("resource/protein-structure-prediction").select("ul.external a").text())
                .isEqualTo("DBpedia: Protein_structure_prediction");
        Document d = page("resource/alphafold-3");
        assertThat(d.select(".sources a").text()).isEqualTo("Section 1: Research background");
        assertThat(d.select("aside.correction").text())
                .contains("Correction: release of AlphaFold 3", "it was released on 8 May 2024");
        assertThat(page("resource/us-department-of-energy").select("aside.correction")).isEmpty();
    }

    @Test
    void statementLevelSourcesShowBesideTheStatement() throws Exception {
        Document d = page("resource/frontier");
        assertThat(d.select("dl.props dd:has(time) small.stmt-source").text())
                .isEqualTo("(source: Section 1: Research background)");
        assertThat(d.select("dl.incoming")).isEmpty();
        assertThat(d.select("figure.graph a").eachAttr("href")).noneMatch(h -> h.contains("statement/"));
        Document correction = page("resource/alphafold-3");
        assertThat(correction.select("aside.correction dl").text()).contains("corrected value", "8 May 2024");
    }

    @Test
    void incomingLinksAreListed() throws Exception {
        Document d = page("resource/google-deepmind");
        assertThat(d.select("dl.incoming dt").eachText()).contains("developer");
        assertThat(d.select("dl.incoming dd a").eachText()).contains("AlphaFold 3", "AlphaFold 2", "GraphCast");
    }

    @Test
    void alternateLinksToEveryRdfFormat() throws Exception {
        Document d = page("resource/alphafold-3");
        String url = server.base() + "resource/alphafold-3";
        assertThat(d.select("link[rel=alternate][type]").eachAttr("href"))
                .contains(url + ".ttl", url + ".jsonld", url + ".nt", url + ".rdf");
        assertThat(d.select("link[rel=alternate][type]").eachAttr("type"))
                .contains("text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml");
        assertThat(d.select("link[rel=canonical]").attr("href")).isEqualTo(url);
    }

    @Test
    void schemaOrgJsonLdIsValid() throws Exception {
        Document d = page("resource/us-department-of-energy");
        JsonObject ld = JSON.parse(d.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("@context").getAsString().value()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").getAsString().value()).isEqualTo("Organization");
        assertThat(ld.get("@id").getAsString().value()).isEqualTo(Rdf.RESOURCES + "us-department-of-energy");
        assertThat(ld.get("name").getAsString().value()).isEqualTo("United States Department of Energy");
        JsonArray alt = ld.get("alternateName").getAsArray();
        assertThat(alt.stream().map(v -> v.getAsString().value())).contains("美国能源部", "DOE");
        assertThat(ld.get("sameAs").getAsArray().stream().map(v -> v.getAsString().value()))
                .contains("http://www.wikidata.org/entity/Q217810");
        JsonObject model = JSON.parse(page("resource/alphafold-3").selectFirst("script[type=application/ld+json]").data());
        assertThat(model.get("@type").getAsString().value()).isEqualTo("SoftwareApplication");
    }

    @Test
    void neighbourhoodPictureIsAccessibleSvg() throws Exception {
        Element svg = page("resource/frontier").selectFirst("figure.graph svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.selectFirst("title").text()).isEqualTo("Neighbourhood of Frontier");
        assertThat(svg.selectFirst("desc").text()).contains("Frontier → operator → Oak Ridge National Laboratory");
        assertThat(svg.select("a").eachAttr("href")).contains(server.base() + "resource/oak-ridge-national-laboratory?lang=en");
    }

    // --- home ------------------------------------------------------------------------------------------------

    @Test
    void homeShowsFiguresClassesSearchAndLinks() throws Exception {
        Document d = page("");
        assertThat(d.select("#triples").attr("value")).isEqualTo(Long.toString(GRAPH.size()));
        // The figures are those of the VoID exported with the served dumps.
        org.apache.jena.graph.Graph exportedVoid = org.apache.jena.riot.RDFParser
                .source(server.exportedDumps().resolve("void.ttl")).toGraph();
        String entities = exportedVoid.find(Rdf.iri(org.ai4skg.export.DatasetDescription.DATASET), Rdf.iri("http://rdfs.org/ns/void#entities"), null)
                .next().getObject().getLiteralLexicalForm();
        assertThat(d.select("#entities").attr("value")).isEqualTo(entities);
        assertThat(d.select("table.per-class th[scope=row]").eachText())
                .contains("AI model", "Organisation", "Laboratory", "Supercomputer", "Programme", "Strategic direction");
        Element models = d.selectFirst("#class-Model");
        assertThat(models.select("li a").eachText()).containsExactly("AlphaFold 2", "AlphaFold 3", "GraphCast");
        assertThat(d.select("table.per-class tr:has(a[href=#class-Model]) td").text()).isEqualTo("3");
        assertThat(d.select("form[role=search] input[name=q]")).isNotEmpty();
        assertThat(d.select("a[href]").eachAttr("href")).contains(server.base() + "query", server.base() + "dumps/",
                server.base() + "ontology", server.base() + ".well-known/void");
        assertThat(d.select("section").text()).contains("Chinese policy paper");
        assertThat(d.select("ul.documents li a").eachText())
                .containsExactly("New progress and deployment of AI-driven scientific research in the United States");
        assertThat(page("?lang=zh").select("h1").text()).isEqualTo("人工智能驱动的科学研究知识图谱");
    }

    // --- search ----------------------------------------------------------------------------------------------

    @Test
    void searchAnswersHtmlRanked() throws Exception {
        Document d = page("search?q=DOE");
        assertThat(d.select("ol.results li h2 a").first().text()).isEqualTo("United States Department of Energy");
        Document zh = page("search?q=" + Links.encode("蛋白质") + "&lang=zh");
        assertThat(zh.select("ol.results li h2 a").first().text()).isEqualTo("蛋白质结构预测");
        assertThat(zh.select("ol.results li h2 a").eachText()).contains("AlphaFold 3");
        assertThat(page("search?q=zzzxq").select("p.none")).hasSize(1);
    }

    @Test
    void searchAnswersJson() throws Exception {
        HttpResponse<String> r = get("search?q=AlphaFold", "application/json", null);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonObject o = JSON.parse(r.body());
        assertThat(o.get("query").getAsString().value()).isEqualTo("AlphaFold");
        JsonArray results = o.get("results").getAsArray();
        assertThat(results.stream().limit(2).map(v -> v.getAsObject().get("label").getAsString().value()))
                .containsExactlyInAnyOrder("AlphaFold 3", "AlphaFold 2");
        JsonObject first = results.get(0).getAsObject();
        assertThat(first.get("url").getAsString().value()).startsWith(server.base() + "resource/alphafold-");
        assertThat(first.get("types").getAsArray().get(0).getAsString().value()).isEqualTo("AI model");
        JsonObject zh = JSON.parse(get("search?format=json&lang=zh&q=" + Links.encode("能源部"), "text/html", null).body());
        JsonObject top = zh.get("results").getAsArray().get(0).getAsObject();
        assertThat(top.get("label").getAsString().value()).isEqualTo("美国能源部");
        assertThat(top.get("otherNames").getAsArray().stream().map(v -> v.getAsString().value())).contains("DOE");
    }

    // --- vocabulary, timeline, query page, assets ------------------------------------------------------------

    @Test
    void vocabularyDocumentsEveryTermWithAnAnchor() throws Exception {
        Document d = page("ontology");
        long terms = GRAPH.find(null, Rdf.TYPE, null).filterKeep(t -> t.getSubject().isURI()
                && t.getSubject().getURI().startsWith(Rdf.ONTOLOGY + "#")).mapWith(t -> t.getSubject()).toSet().size();
        assertThat(d.select("section.term")).hasSize((int) terms);
        Element model = d.getElementById("Model");
        assertThat(model.select("h3").text()).contains("AI model", "ai4s:Model");
        assertThat(model.text()).contains("人工智能模型", "A trained artificial-intelligence model");
        assertThat(model.select("dd.usage data").attr("value")).isEqualTo("3");
        assertThat(model.select("dd a.external").eachText()).contains("⊑ schema:SoftwareApplication");
        Element developer = d.getElementById("developer");
        assertThat(developer.select("dd.usage data").attr("value")).isEqualTo("3");
        assertThat(developer.select("dd a").eachText()).contains("AI model", "Organisation");
        assertThat(d.getElementById("Laboratory").select("dd a[href$=#Organisation]").text()).isEqualTo("Organisation");
        assertThat(d.getElementById("Organisation").text()).contains("≡ schema:Organization");
        assertThat(d.select("nav.toc a[href=#Model]")).hasSize(1);
    }

    @Test
    void timelineListsDatedStatementsInOrder() throws Exception {
        Document d = page("timeline");
        List<String> dates = d.select("ol.timeline-list time").eachAttr("datetime");
        assertThat(dates).isSorted().containsExactly("2016", "2020", "2022-05", "2023-11", "2024", "2024-05-08");
        Element svg = d.selectFirst("figure.timeline svg");
        assertThat(svg.selectFirst("title").text()).isEqualTo("Timeline");
        assertThat(svg.selectFirst("desc").text()).contains("8 May 2024: AlphaFold 3 (release date)");
        assertThat(svg.select("text.year").eachText()).containsExactly("2016", "2020", "2022", "2023", "2024");
        assertThat(page("timeline?lang=zh").select("ol.timeline-list").text()).contains("2024年5月8日", "2022年5月");
    }

    @Test
    void queryPageHasTheGalleryAndOnlyLocalResources() throws Exception {
        Document d = page("query");
        assertThat(d.select(".gallery li.example h3").eachText())
                .containsExactly("Models and their developers", "Entities per class", "Milestones by date");
        assertThat(d.select(".gallery li.example p").first().text()).startsWith("Every AI model in the graph");
        assertThat(d.select("a.share").first().attr("href")).startsWith(server.base() + "query?query=");
        assertThat(d.select("#yasgui").attr("data-endpoint")).isEqualTo(server.base() + "sparql");
        for (String attr : List.of("src", "href")) {
            assertThat(d.select("[" + attr + "]").eachAttr("abs:" + attr)).as(attr)
                    .allMatch(u -> u.startsWith(server.base()));
        }
        Document shared = page("query?query=" + Links.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 1"));
        assertThat(shared.select("template#initial-query").html()).contains("SELECT * WHERE");
    }

    @Test
    void assetsAreServedLocally() throws Exception {
        HttpResponse<String> js = get("static/yasgui/yasgui.min.js", "*/*", null);
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.body().length()).isGreaterThan(500_000);
        assertThat(get("static/ai4s.css", "*/*", null).headers().firstValue("Content-Type").orElse(""))
                .startsWith("text/css");
        JsonObject prefixes = JSON.parse(get("static/prefixes.json", "*/*", null).body());
        assertThat(prefixes.get("ai4s").getAsString().value()).isEqualTo(Rdf.ONTOLOGY + "#");
        assertThat(get("static/nothing.js", "*/*", null).statusCode()).isEqualTo(404);
    }

    @Test
    void unknownPathsAre404WithAHelpfulPage() throws Exception {
        HttpResponse<String> r = get("resource/no-such-thing", "text/html", null);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(r.body()).select("input[name=q]").attr("value")).isEqualTo("no such thing");
        HttpResponse<String> unknown = get("no/such/page", "text/html", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(unknown.body());
        assertThat(page.select("header.site")).hasSize(1);
        assertThat(page.select("main p.iri").text()).isEqualTo(Rdf.NS + "no/such/page");
        assertThat(page.select("main input[name=q]").attr("value")).isEqualTo("page");
        // The endpoint and the static files keep their own 404s.
        assertThat(get("sparql/nothing", "text/html", null).body()).doesNotContain("header class=\"site\"");
    }

    @Test
    void aConfiguredBaseUrlNamesEveryLinkWhateverTheRequest() throws Exception {
        try (PublicationServerExtension proxied = PublicationServerExtension.serving(WebFixture.HOME)
                .with(s -> s.withBaseUrl("https://proxy.example.org/kg")).start()) {
            String body = proxied.get("/", "Accept", "text/html", "X-Forwarded-Host", "evil.example").body();
            assertThat(Jsoup.parse(body).select("#class-Model a[href*=alphafold-3]").attr("href"))
                    .isEqualTo("https://proxy.example.org/kg/resource/alphafold-3");
            assertThat(body).doesNotContain("evil.example");
        }
    }
}
