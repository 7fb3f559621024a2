package org.ai4skg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ai4skg.cli.ExitCode;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryTest {

    private static final String LABELS = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "SELECT ?s ?label { ?s a <https://w3id.org/ai4s-kg/ontology#Organisation> ; skos:prefLabel ?label "
            + "FILTER(lang(?label) = 'zh') } ORDER BY ?s";

    @TempDir
    Path temp;

    private Run query(String... args) {
        List<String> all = new ArrayList<>(List.of("query", "--home", Run.FIXTURE.toString()));
        all.addAll(List.of(args));
        return Run.ai4s(all.toArray(String[]::new));
    }

    @Test
    void selectAsATableShowsPrefixedNamesAndLanguageTags() {
        Run run = query(LABELS);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("| res:google-deepmind").contains("\"美国能源部\"@zh");
    }

    @Test
    void selectInEveryResultFormatGivesTheSameRows() {
        org.apache.jena.riot.Lang[] langs = {ResultSetLang.RS_CSV, ResultSetLang.RS_TSV, ResultSetLang.RS_JSON, ResultSetLang.RS_XML};
        String[] names = {"csv", "tsv", "json", "xml"};
        List<String> expected = null;
        for (int i = 0; i < names.length; i++) {
            Run run = query("--format", names[i], LABELS);
            assertThat(run.exit()).as(names[i] + run.err()).isZero();
            ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)), langs[i]);
            List<String> labels = new ArrayList<>();
            rows.forEachRemaining(row -> labels.add(row.get("label").asNode().getLiteralLexicalForm()));
            assertThat(labels).as(names[i]).hasSize(3);
            if (expected == null) {
                expected = labels;
            }
            assertThat(labels).as(names[i]).isEqualTo(expected);
        }
        assertThat(expected).contains("美国能源部");
    }

    @Test
    void askPrintsYesOrNo() {
        assertThat(query("ASK { ?s <http://www.w3.org/2002/07/owl#sameAs> <https://ror.org/00971b260> }").out().strip())
                .isEqualTo("yes");
        assertThat(query("ASK { ?s ?p <https://ror.org/nothing> }").out().strip()).isEqualTo("no");
        Run json = query("--format", "json", "ASK {}");
        assertThat(json.out()).contains("\"boolean\" : true");
    }

    @Test
    void constructAndDescribeGiveRdfInEachSyntax() {
        String construct = "CONSTRUCT WHERE { ?s a <https://w3id.org/ai4s-kg/ontology#Model> ; ?p ?o }";
        Graph expected = parse(query("--format", "nt", construct).out(), Lang.NTRIPLES);
        assertThat(expected.size()).isEqualTo(10);
        assertThat(parse(query(construct).out(), Lang.TURTLE).isIsomorphicWith(expected)).isTrue();
        assertThat(parse(query("--format", "jsonld", construct).out(), Lang.JSONLD).isIsomorphicWith(expected)).isTrue();
        Run describe = query("DESCRIBE <https://w3id.org/ai4s-kg/resource/alphafold-3>");
        assertThat(parse(describe.out(), Lang.TURTLE).isIsomorphicWith(expected)).isTrue();
    }

    @Test
    void aTurtleResultDeclaresOnlyThePrefixesItUses() {
        String construct = "CONSTRUCT WHERE { ?s a <https://w3id.org/ai4s-kg/ontology#Model> ; ?p ?o }";
        Graph graph = parse(query("--format", "ttl", construct).out(), Lang.TURTLE);
        java.util.Set<String> used = new java.util.HashSet<>();
        graph.find().forEachRemaining(t -> {
            for (org.apache.jena.graph.Node n : java.util.List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                String iri = n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralDatatypeURI() : null;
                if (iri != null) {
                    used.add(iri.substring(0, Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1));
                }
            }
        });
        assertThat(graph.getPrefixMapping().getNsPrefixMap()).containsKey("ai4s");
        assertThat(used).containsAll(graph.getPrefixMapping().getNsPrefixMap().values());
    }

    @Test
    void aTdb2StoreIsQueried() {
        Path store = temp.resolve("store");
        assertThat(Run.ai4s("load", "--home", Run.FIXTURE.toString(), "--tdb2", store.toString()).exit()).isZero();
        Run run = Run.ai4s("query", "--tdb2", store.toString(), "--format", "csv", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).containsExactly("n", "124");
    }

    @Test
    void aQueryIsReadFromAFile() throws Exception {
        Path file = Files.writeString(temp.resolve("count.rq"), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }\n");
        Run run = query("--format", "tsv", "--file", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().toList()).containsExactly("?n", "124");
    }

    @Test
    void aSyntaxErrorGivesLineAndColumnOnOneLine() {
        Run run = query("SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTER(?s = )\n}");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).matches("ai4s query: syntax error in the query at line 3, column 15: unexpected \"\\)\"\\R");
        Run truncated = query("SELECT ?s WHERE {\n  ?s ?p ");
        assertThat(truncated.err().strip()).isEqualTo("ai4s query: syntax error in the query at line 2, column 8: unexpected end of the query");
    }

    @Test
    void anUnreadableQueryFileIsExitThree() {
        Run run = query("--file", temp.resolve("missing.rq").toString());
        assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("missing.rq: cannot read the query");
    }

    @Test
    void aFormatThatDoesNotFitTheQueryIsAUsageError() {
        Run select = query("--format", "ttl", "SELECT * {}");
        assertThat(select.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(select.err()).contains("format ttl does not fit a SELECT query");
        Run unknown = query("--format", "yaml", "SELECT * {}");
        assertThat(unknown.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.errLines()).hasSize(1);
        assertThat(unknown.err()).contains("unknown format 'yaml'");
    }

    @Test
    void aMissingStoreIsExitThree() {
        Run run = Run.ai4s("query", "--tdb2", temp.resolve("none").toString(), "ASK {}");
        assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(run.err()).contains("no such folder; expected a TDB2 store");
    }

    private static Graph parse(String text, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, lang).parse(graph);
        return graph;
    }

}
