package org.ai4skg.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.ai4skg.publication.Layout;
import org.ai4skg.publication.Publication;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every entity and every reified statement of the graph points to the passage of the paper it comes from
 * ({@code ai4s:sourcePassage}). The rule and its only exceptions, which are not the paper's claims:
 * <ul>
 *   <li>a passage itself ({@code ai4s:SourcePassage}), which is the quotation;</li>
 *   <li>the paper itself ({@code ai4s:ScholarlyArticle} {@code res:source-document}), into which passages point (each of
 *       its sections does carry its heading as passage);</li>
 *   <li>a later statement ({@code ai4s:LaterStatement}), which is about the world after the paper and cites its
 *       public source with {@code prov:hadPrimarySource} instead;</li>
 *   <li>the kinds of correction ({@code res:correction-kind-scheme} and its concepts), the graph's own classification
 *       of the paper's errors.</li>
 * </ul>
 * Entities are the typed subjects under {@code https://w3id.org/ai4s-kg/resource/}; statements are the
 * {@code rdf:Statement}s and {@code ai4s:LaterStatement}s wherever they are.
 */
class EveryEntityHasItsPassageTest {

    private static final String PREFIXES = """
            PREFIX ai4s: <https://w3id.org/ai4s-kg/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX res: <https://w3id.org/ai4s-kg/resource/>
            """;

    private static final String WITHOUT_PASSAGE = PREFIXES + """
            SELECT DISTINCT ?thing WHERE {
              { ?thing a ?type FILTER(isIRI(?thing) && STRSTARTS(STR(?thing), STR(res:))) }
              UNION { ?thing a rdf:Statement } UNION { ?thing a ai4s:LaterStatement }
              FILTER NOT EXISTS { ?thing ai4s:sourcePassage ?passage }
              FILTER NOT EXISTS { ?thing a ai4s:SourcePassage }
              FILTER NOT EXISTS { ?thing a ai4s:ScholarlyArticle }
              FILTER NOT EXISTS { ?thing a ai4s:LaterStatement }
              FILTER (?thing != res:correction-kind-scheme)
              FILTER NOT EXISTS { ?thing skos:inScheme res:correction-kind-scheme }
            } ORDER BY ?thing
            """;

    private static final String LATER_WITHOUT_PUBLIC_SOURCE = PREFIXES + """
            SELECT ?thing WHERE {
              ?thing a ai4s:LaterStatement
              FILTER NOT EXISTS { ?thing prov:hadPrimarySource ?page FILTER(isIRI(?page)) }
            } ORDER BY ?thing
            """;

    private static final String ENTITIES = PREFIXES + """
            SELECT (COUNT(DISTINCT ?thing) AS ?n) WHERE { ?thing ai4s:sourcePassage ?passage }
            """;

    private static Model publication;

    @BeforeAll
    static void loadPublication() {
        publication = ModelFactory.createModelForGraph(Publication.load(Layout.fromEnvironment()).all());
    }

    @Test
    void everyEntityAndStatementFromThePaperHasItsPassage() {
        assertThat(subjects(WITHOUT_PASSAGE)).as("entities and statements without ai4s:sourcePassage").isEmpty();
        assertThat(count(ENTITIES)).as("things with a passage").isGreaterThan(300);
    }

    @Test
    void everyLaterStatementCitesItsPublicSourceInstead() {
        assertThat(subjects(LATER_WITHOUT_PUBLIC_SOURCE))
                .as("later statements without a prov:hadPrimarySource IRI").isEmpty();
    }

    private static List<String> subjects(String query) {
        List<String> found = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(publication).query(query).build()) {
            qe.execSelect().forEachRemaining(row -> found.add(row.getResource("thing").getURI()));
        }
        return found;
    }

    private static int count(String query) {
        try (QueryExecution qe = QueryExecution.model(publication).query(query).build()) {
            return qe.execSelect().next().getLiteral("n").getInt();
        }
    }
}
