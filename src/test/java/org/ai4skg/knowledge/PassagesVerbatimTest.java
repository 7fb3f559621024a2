package org.ai4skg.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/**
 * Every source passage quotes the seed file verbatim: {@code oa:exact} occurs in it, {@code oa:prefix + oa:exact +
 * oa:suffix} occurs in it, and the code-point range [{@code oa:start}, {@code oa:end}) of the seed is {@code oa:exact}.
 * The seed is {@code ../shared/seed/000_29730bea329bc1b5.txt} relative to the project directory.
 */
class PassagesVerbatimTest {

    private static final Path SEED = Path.of("..", "shared", "seed", "000_29730bea329bc1b5.txt");

    private static final String PASSAGES = """
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX ai4s: <https://w3id.org/ai4s-kg/ontology#>
            SELECT ?passage ?exact ?prefix ?suffix ?start ?end WHERE {
              ?passage a ai4s:SourcePassage .
              OPTIONAL { ?passage oa:hasSelector ?q . ?q a oa:TextQuoteSelector ; oa:exact ?exact .
                         OPTIONAL { ?q oa:prefix ?prefix } OPTIONAL { ?q oa:suffix ?suffix } }
              OPTIONAL { ?passage oa:hasSelector ?p . ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end }
            } ORDER BY ?passage
            """;

    @Test
    void everyPassageQuotesTheSeedVerbatimAtItsPosition() throws IOException {
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        int[] codePoints = seed.codePoints().toArray();
        Model model = ModelFactory.createDefaultModel();
        for (String folder : List.of("ontology", "data")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.filter(f -> f.toString().endsWith(".ttl")).sorted()
                        .forEach(f -> RDFDataMgr.read(model, f.toString()));
            }
        }
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (QueryExecution qe = QueryExecution.model(model).query(PASSAGES).build()) {
            var rows = qe.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                checked++;
                String iri = row.getResource("passage").getURI();
                if (!row.contains("exact") || !row.contains("start") || !row.contains("end")) {
                    problems.add(iri + ": no text-quote selector with oa:exact or no text-position selector");
                    continue;
                }
                String exact = row.getLiteral("exact").getLexicalForm();
                String prefix = row.contains("prefix") ? row.getLiteral("prefix").getLexicalForm() : "";
                String suffix = row.contains("suffix") ? row.getLiteral("suffix").getLexicalForm() : "";
                int start = row.getLiteral("start").getInt();
                int end = row.getLiteral("end").getInt();
                if (!seed.contains(exact)) {
                    problems.add(iri + ": oa:exact does not occur in the seed: \"" + exact + "\"");
                }
                if (!seed.contains(prefix + exact + suffix)) {
                    problems.add(iri + ": oa:prefix + oa:exact + oa:suffix does not occur in the seed: \""
                            + prefix + "[" + exact + "]" + suffix + "\"");
                }
                if (start < 0 || end > codePoints.length || start >= end) {
                    problems.add(iri + ": positions [" + start + ", " + end + ") are outside the seed ("
                            + codePoints.length + " code points) or empty");
                } else {
                    String at = new String(codePoints, start, end - start);
                    if (!at.equals(exact)) {
                        problems.add(iri + ": the seed at [" + start + ", " + end + ") is \"" + at
                                + "\", not oa:exact \"" + exact + "\"");
                    }
                }
            }
        }
        assertThat(checked).as("passages found").isPositive();
        assertThat(problems).as("passages that do not quote the seed verbatim").isEmpty();
    }
}
