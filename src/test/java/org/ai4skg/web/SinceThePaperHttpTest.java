package org.ai4skg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ai4skg.server.Lang;
import org.ai4skg.server.PublicationServerExtension;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Time on the pages of the real publication, served as {@code ai4s serve} serves it, in English and in Chinese: a
 * statement of the source shows the time it holds ("as of May 2024"), a resource lists what changed since the source
 * was written with its date, its public source and the statement of the source it updates, and a large measure reads
 * as a person writes it. What each page must show is asked of the server's own SPARQL endpoint.
 */
class SinceThePaperHttpTest {

    @RegisterExtension
    static final PublicationServerExtension server =
            PublicationServerExtension.serving(PublicationServerExtension.REPOSITORY);

    static final String PREFIXES = """
            PREFIX ai4s: <https://w3id.org/ai4s-kg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX qudt: <http://qudt.org/schema/qudt/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;
    static final String EL_CAPITAN = Rdf.RESOURCES + "el-capitan";

    @Test
    void aStatementOfThePaperShowsTheTimeItHoldsInBothLanguages() throws Exception {
        List<QuerySolution> rows = select("""
                SELECT ?resource ?p ?o ?date ?updated WHERE {
                  ?st a rdf:Statement ; rdf:subject ?resource ; rdf:predicate ?p ; rdf:object ?o ;
                      ai4s:pointInTime ?date .
                  ?resource ?p ?o .
                  FILTER NOT EXISTS { ?st a ai4s:LaterStatement }
                  FILTER (?p NOT IN (rdf:type, dcterms:source, owl:sameAs, skos:exactMatch, skos:closeMatch,
                                     skos:prefLabel, skos:altLabel, skos:hiddenLabel, rdfs:label, skos:definition))
                  BIND (EXISTS { ?later ai4s:updates ?st ; rdf:subject ?resource } AS ?updated)
                } ORDER BY ?resource ?o""");
        assertThat(rows).extracting(r -> r.getResource("resource").getURI()).contains(EL_CAPITAN);
        for (QuerySolution row : rows) {
            String resource = row.getResource("resource").getURI();
            RDFNode date = row.get("date");
            for (Lang lang : Lang.values()) {
                Document page = page(resource, lang);
                Element dd = statement(page, row.getResource("p").getURI(), row.get("o"), lang, date.asNode());
                String where = resource + " " + row.get("o") + " " + lang;
                assertThat(dd).as(where).isNotNull();
                Element asOf = dd.selectFirst("small.as-of");
                assertThat(asOf).as(where).isNotNull();
                assertThat(asOf.select("time").eachAttr("datetime")).as(where).contains(Dates.machine(date.asNode()));
                assertThat(asOf.text()).as(where)
                        .startsWith("(" + Messages.get(lang, "res.asOf") + " " + Dates.format(date.asNode(), lang));
                if (row.getLiteral("updated").getBoolean()) {
                    assertThat(asOf.select("a").eachAttr("href")).as(where).containsExactly("#since-h");
                    assertThat(page.getElementById("since-h")).as(where).isNotNull();
                } else {
                    assertThat(asOf.select("a")).as(where).isEmpty();
                }
            }
        }
        // In words: what the reader of each language sees beside El Capitan's status.
        assertThat(page(EL_CAPITAN, Lang.EN).select("#props-h + dl.props small.as-of").eachText())
                .anyMatch(t -> t.startsWith("(as of May 2024"));
        assertThat(page(EL_CAPITAN, Lang.ZH).select("#props-h + dl.props small.as-of").eachText())
                .anyMatch(t -> t.startsWith("(截至 2024年5月"));
    }

    @Test
    void whatChangedSinceThePaperIsListedWithItsDateSourceAndTheStatementItUpdates() throws Exception {
        List<QuerySolution> rows = select("""
                SELECT ?resource ?later ?date ?updated
                       (GROUP_CONCAT(STR(?source); separator=" ") AS ?sources) WHERE {
                  ?later a ai4s:LaterStatement ; rdf:subject ?resource ; ai4s:pointInTime ?date ;
                      prov:hadPrimarySource ?source .
                  OPTIONAL { ?later ai4s:updates ?updated }
                } GROUP BY ?resource ?later ?date ?updated ORDER BY ?resource ?later""");
        assertThat(rows).extracting(r -> r.getResource("resource").getURI()).contains(EL_CAPITAN);
        for (QuerySolution row : rows) {
            String resource = row.getResource("resource").getURI();
            String later = row.getResource("later").getURI();
            long laterOfResource = rows.stream().filter(r -> r.getResource("resource").getURI().equals(resource))
                    .map(r -> r.getResource("later").getURI()).distinct().count();
            for (Lang lang : Lang.values()) {
                String where = resource + " " + later + " " + lang;
                Document page = page(resource, lang);
                Element section = page.selectFirst("section.since");
                assertThat(section).as(where).isNotNull();
                assertThat(section.select("h2#since-h").text()).as(where)
                        .isEqualTo(lang == Lang.ZH ? "论文发表之后" : "Since the paper");
                assertThat(section.select("ol.later > li")).as(where).hasSize((int) laterOfResource);
                Element item = section.select("ol.later > li").stream()
                        .filter(li -> li.select("p.what a").attr("href").equals(local(later, lang)))
                        .findFirst().orElse(null);
                assertThat(item).as(where).isNotNull();
                assertThat(item.select("p.what a").text()).as(where).isEqualTo(label(later, lang));
                Element time = item.selectFirst("dd.date time");
                assertThat(time).as(where).isNotNull();
                assertThat(time.attr("datetime")).as(where).isEqualTo(Dates.machine(row.get("date").asNode()));
                assertThat(time.text()).as(where).isEqualTo(Dates.format(row.get("date").asNode(), lang));
                List<String> sources = List.of(row.getLiteral("sources").getString().split(" "));
                assertThat(item.select("dd.primary-source a.external[rel~=noopener]").eachAttr("href")).as(where)
                        .containsExactlyInAnyOrderElementsOf(sources);
                if (row.contains("updated")) {
                    String updated = row.getResource("updated").getURI();
                    Element link = item.selectFirst("dd.updates a");
                    assertThat(link).as(where).isNotNull();
                    assertThat(link.attr("href")).as(where).isEqualTo(local(updated, lang));
                    assertThat(link.text()).as(where).isEqualTo(label(updated, lang));
                } else {
                    assertThat(item.select("dd.updates")).as(where).isEmpty();
                }
            }
        }
        // A page about nothing that changed has no such section.
        List<QuerySolution> unchanged = select("""
                SELECT ?resource WHERE {
                  ?resource a ai4s:Supercomputer .
                  FILTER NOT EXISTS { ?later a ai4s:LaterStatement ; rdf:subject ?resource }
                } LIMIT 1""");
        for (QuerySolution row : unchanged) {
            assertThat(page(row.getResource("resource").getURI(), Lang.EN).select("section.since")).isEmpty();
        }
    }

    @Test
    void largeMeasuresReadAsAPersonWritesThemAndCountsAsWholeNumbers() throws Exception {
        List<QuerySolution> large = select("""
                SELECT ?resource ?quantity ?value ?symbol WHERE {
                  ?resource ?p ?quantity .
                  ?quantity a ai4s:Quantity ; qudt:numericValue ?value ; qudt:unit ?unit .
                  ?unit qudt:symbol ?symbol .
                  FILTER (?value >= 1e15 && datatype(?value) != xsd:integer)
                } ORDER BY ?resource""");
        assertThat(large).extracting(r -> r.getResource("resource").getURI()).contains(EL_CAPITAN);
        Pattern powerOfTen = Pattern.compile("(?:[≥≈≤] )?(\\d+(?:\\.\\d+)?) × 10([⁰¹²³⁴⁵⁶⁷⁸⁹]+) (.+)");
        for (QuerySolution row : large) {
            for (Lang lang : Lang.values()) {
                String shown = page(row.getResource("resource").getURI(), lang)
                        .select("#props-h + dl.props a[href=\"" + local(row.getResource("quantity").getURI(), lang) + "\"]")
                        .text();
                Matcher m = powerOfTen.matcher(shown);
                assertThat(m.matches()).as(shown).isTrue();
                assertThat(m.group(1)).as(shown).doesNotEndWith(".0");
                BigDecimal read = new BigDecimal(m.group(1)).scaleByPowerOfTen(exponent(m.group(2)));
                assertThat(read).as(shown).isEqualByComparingTo(new BigDecimal(row.getLiteral("value").getLexicalForm()));
                assertThat(m.group(3)).as(shown).isEqualTo(row.getLiteral("symbol").getString());
            }
        }
        assertThat(page(EL_CAPITAN, Lang.EN).select("#props-h + dl.props").text()).contains("≥ 2 × 10¹⁸ FLOP/s");

        List<QuerySolution> counts = select("""
                SELECT ?resource ?quantity ?value WHERE {
                  ?resource ?p ?quantity .
                  ?quantity a ai4s:Quantity ; qudt:numericValue ?value .
                  FILTER (datatype(?value) = xsd:integer && ?value >= 1000)
                } ORDER BY ?resource LIMIT 5""");
        for (QuerySolution row : counts) {
            String shown = page(row.getResource("resource").getURI(), Lang.EN)
                    .select("a[href=\"" + local(row.getResource("quantity").getURI(), Lang.EN) + "\"]").first().text();
            assertThat(shown).as(row.toString())
                    .contains(String.format(Locale.ROOT, "%,d", row.getLiteral("value").getLong()));
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    static List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(server.base() + "sparql").query(PREFIXES + query)
                .build()) {
            ResultSet results = qe.execSelect();
            results.forEachRemaining(rows::add);
        }
        return rows;
    }

    /** The preferred label in the language, as the data has it. */
    static String label(String iri, Lang lang) {
        List<QuerySolution> rows = select("SELECT ?l WHERE { <" + iri + "> skos:prefLabel ?l FILTER (lang(?l) = \""
                + lang.code() + "\") }");
        assertThat(rows).as(iri + " " + lang).hasSize(1);
        return rows.get(0).getLiteral("l").getString();
    }

    /** The page's link to one of our IRIs: on this server, keeping the chosen language. */
    static String local(String iri, Lang lang) {
        return server.base() + iri.substring(Rdf.NS.length()) + "?lang=" + lang.code();
    }

    static Document page(String iri, Lang lang) {
        HttpResponse<String> r = server.get("/" + iri.substring(Rdf.NS.length()) + "?lang=" + lang.code(),
                "Accept", "text/html");
        assertThat(r.statusCode()).as(iri).isEqualTo(200);
        // Well-formed as HTML: no parse error, no id twice (the section's heading is a target of links).
        Parser parser = Parser.htmlParser().setTrackErrors(20);
        Document page = Jsoup.parse(r.body(), server.base(), parser);
        assertThat(parser.getErrors()).as(iri + " " + lang).isEmpty();
        assertThat(page.select("[id]").eachAttr("id")).as(iri + " " + lang).doesNotHaveDuplicates();
        return page;
    }

    /** The value of a statement among the page's statements: by its link, or for a literal by its time qualifier. */
    /** The value shown for this property and object (the same object may be shown under other properties too). */
    static Element statement(Document page, String property, RDFNode object, Lang lang, org.apache.jena.graph.Node date) {
        String name = property.substring(Math.max(property.lastIndexOf('#'), property.lastIndexOf('/')) + 1);
        Elements values = new Elements();
        boolean underProperty = false;
        for (Element child : page.select("#props-h + dl.props > *")) {
            if (child.tagName().equals("dt")) {
                Element link = child.selectFirst("a");
                underProperty = link != null ? link.attr("href").endsWith("#" + name) : child.text().equals(name);
            } else if (underProperty && child.tagName().equals("dd")) {
                values.add(child);
            }
        }
        String href = object.isURIResource() ? object.asResource().getURI().startsWith(Rdf.NS)
                ? local(object.asResource().getURI(), lang) : object.asResource().getURI() : null;
        return values.stream().filter(dd -> href != null
                        ? dd.children().first() != null && href.equals(dd.children().first().attr("href"))
                        : dd.select("small.as-of time").eachAttr("datetime").contains(Dates.machine(date)))
                .findFirst().orElse(null);
    }

    static int exponent(String superscript) {
        int e = 0;
        for (char c : superscript.toCharArray()) {
            e = e * 10 + "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c);
        }
        return e;
    }
}
