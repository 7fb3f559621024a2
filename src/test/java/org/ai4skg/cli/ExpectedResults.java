package org.ai4skg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultSetCompare;

/**
 * Compares a query example's answer with its expected result by meaning, as ROBOT's CommandLineIT does: RDF by
 * isomorphism (expected {@code .ttl}), SELECT rows by term and order and ASK by value (expected {@code .srj}). CSV has
 * no types, so a CSV answer is compared by the text of each value. A table (the default output) is a layout for
 * people: the same command is run again with {@code --format json} and that answer is compared, and the table must
 * show every expected value.
 */
final class ExpectedResults {

    private ExpectedResults() {
    }

    static void check(String example, List<String> arguments, Run run, Path expected) throws IOException {
        assertThat(expected).as(example).exists();
        String format = arguments.contains("--format") ? arguments.get(arguments.indexOf("--format") + 1) : null;
        if (expected.toString().endsWith(".ttl")) {
            Graph want = GraphFactory.createDefaultGraph();
            RDFParser.source(expected).parse(want);
            Graph got = GraphFactory.createDefaultGraph();
            RDFParser.fromString(run.out(), Lang.JSONLD.getName().equalsIgnoreCase(format) || "jsonld".equals(format)
                    ? Lang.JSONLD : Lang.TURTLE).parse(got);
            assertThat(got.isIsomorphicWith(want)).as(example + "\n" + run.out()).isTrue();
            return;
        }
        String json = Files.readString(expected, StandardCharsets.UTF_8);
        boolean ask = json.contains("\"boolean\"");
        if ("csv".equals(format)) {
            assertThat(texts(ResultSetMgr.read(stream(run.out()), ResultSetLang.RS_CSV))).as(example)
                    .isEqualTo(texts(ResultSetMgr.read(stream(json), ResultSetLang.RS_JSON)));
            return;
        }
        String answer = run.out();
        if (format == null) {
            List<String> again = new ArrayList<>(arguments);
            again.addAll(again.indexOf("query") + 1, List.of("--format", "json"));
            Run json2 = Run.ai4s(again.toArray(String[]::new));
            assertThat(json2.exit()).as(example + " --format json\n" + json2.err()).isZero();
            answer = json2.out();
        }
        if (ask) {
            assertThat(ResultSetMgr.readBoolean(stream(answer), ResultSetLang.RS_JSON)).as(example)
                    .isEqualTo(ResultSetMgr.readBoolean(stream(json), ResultSetLang.RS_JSON));
            if (format == null) {
                assertThat(run.out().strip()).as(example).isEqualTo(ResultSetMgr.readBoolean(stream(json), ResultSetLang.RS_JSON) ? "yes" : "no");
            }
            return;
        }
        ResultSet want = ResultSetMgr.read(stream(json), ResultSetLang.RS_JSON).rewindable();
        ResultSet got = ResultSetMgr.read(stream(answer), ResultSetLang.RS_JSON).rewindable();
        assertThat(ResultSetCompare.equalsByTermAndOrder(got, want)).as(example + "\n" + answer).isTrue();
        if (format == null) {
            for (Map<String, String> row : texts(ResultSetMgr.read(stream(json), ResultSetLang.RS_JSON))) {
                // The table shortens IRIs with the publication's prefixes: it shows at least their local part.
                row.values().forEach(value -> assertThat(run.out()).as(example).contains(
                        value.startsWith("http") ? value.substring(Math.max(value.lastIndexOf('/'), value.lastIndexOf('#')) + 1) : value));
            }
        }
    }

    /** Each row as variable to the text of its value (an IRI's string, a literal's lexical form). */
    private static List<Map<String, String>> texts(ResultSet rows) {
        List<Map<String, String>> texts = new ArrayList<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            Map<String, String> text = new LinkedHashMap<>();
            for (String var : rows.getResultVars()) {
                Node node = row.contains(var) ? row.get(var).asNode() : null;
                text.put(var, node == null ? "" : node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm()
                        : node.getBlankNodeLabel());
            }
            texts.add(text);
        }
        return texts;
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
