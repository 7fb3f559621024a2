package org.ai4skg.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.ai4skg.publication.Layout;
import org.ai4skg.publication.Publication;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example query in {@code queries/} runs against the real publication and gives its expected result: the
 * {@code .srj} beside a SELECT or ASK query (compared term by term, in order when the query has ORDER BY), the
 * {@code .ttl} beside a CONSTRUCT query (compared by graph isomorphism).
 */
class ExampleQueriesTest {

    private static final Layout LAYOUT = Layout.fromEnvironment();
    private static Model publication;

    @BeforeAll
    static void loadPublication() {
        Graph all = Publication.load(LAYOUT).all();
        publication = ModelFactory.createModelForGraph(all);
    }

    @Test
    void thereAreAtLeastFifteenQueriesEachWithTitleDescriptionAndExpectedResult() throws IOException {
        List<Path> queries = queries().toList();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(15);
        for (Path query : queries) {
            String text = Files.readString(query);
            assertThat(text).as("%s opens with its title", query).startsWith("# title: ");
            assertThat(text).as("%s has a description", query).contains("\n# description: ");
            assertThat(expectedFile(query, "srj").toFile().exists() || expectedFile(query, "ttl").toFile().exists())
                    .as("%s has an expected result", query).isTrue();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyQueryGivesItsExpectedResult() throws IOException {
        return queries().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) throws IOException {
        Query query = QueryFactory.read(file.toString());
        try (QueryExecution execution = QueryExecutionFactory.create(query, publication)) {
            if (query.isConstructType()) {
                Model actual = execution.execConstruct();
                Model expected = RDFDataMgr.loadModel(expectedFile(file, "ttl").toString(), Lang.TURTLE);
                assertThat(actual.isIsomorphicWith(expected))
                        .as("%s: graph isomorphic with expected; got%n%s", file, turtle(actual)).isTrue();
            } else if (query.isAskType()) {
                boolean expected;
                try (InputStream in = Files.newInputStream(expectedFile(file, "srj"))) {
                    expected = ResultSetMgr.readBoolean(in, org.apache.jena.riot.resultset.ResultSetLang.RS_JSON);
                }
                assertThat(execution.execAsk()).as("%s", file).isEqualTo(expected);
            } else {
                ResultSetRewindable actual = ResultSetFactory.makeRewindable(execution.execSelect());
                ResultSetRewindable expected;
                try (InputStream in = Files.newInputStream(expectedFile(file, "srj"))) {
                    expected = ResultSetFactory.makeRewindable(
                            ResultSetMgr.read(in, org.apache.jena.riot.resultset.ResultSetLang.RS_JSON));
                }
                boolean same = query.hasOrderBy()
                        ? ResultSetCompare.equalsByTermAndOrder(expected, actual)
                        : ResultSetCompare.equalsByTerm(expected, actual);
                actual.reset();
                assertThat(same).as("%s: results equal to expected; got%n%s", file,
                        ResultSetFormatter.asText(actual)).isTrue();
            }
        }
    }

    private static String turtle(Model model) {
        java.io.StringWriter out = new java.io.StringWriter();
        model.write(out, "TURTLE");
        return out.toString();
    }

    private static Stream<Path> queries() throws IOException {
        try (Stream<Path> files = Files.list(LAYOUT.queries())) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    private static Path expectedFile(Path query, String extension) {
        String name = query.getFileName().toString();
        return query.resolveSibling(name.substring(0, name.length() - ".rq".length()) + "." + extension);
    }
}
