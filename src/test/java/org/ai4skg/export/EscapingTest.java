package org.ai4skg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonString;

import org.ai4skg.failure.Ai4sException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The exporters' escaping keeps hostile text intact: a parser reads back exactly what was written. */
class EscapingTest {

    /** Markup, quotes, backslashes, every kind of line break and a tab, non-ASCII, and text that ends a script or CDATA. */
    static final String HOSTILE = "a<b>&amp;\"'\\ \t\n\r\r\n\u2028 中文 </script> ]]> <!-- \\u0041";
    static final String CONTROLS = "bell\u0007 backspace\b form-feed\f nul\u0000 escape\u001b";
    static final String LONE_SURROGATES = "high\ud800 low\udc00 end";

    static final Node S = NodeFactory.createURI("https://example.org/s?a=1&b=2");
    static final Node P = NodeFactory.createURI("https://example.org/vocab#p");

    @Test
    void jsonStringsReadBackAsWritten() {
        for (String value : List.of(HOSTILE, CONTROLS, LONE_SURROGATES)) {
            String quoted = JsonLdSink.quote(value);
            assertThat(quoted).doesNotContain("\n", "\r", "\u0000", "\u0007");
            // Read back by the JSON parser of jakarta.json (Jena's own refuses the \\f escape that JSON allows).
            assertThat(((JsonString) Json.createReader(new StringReader(quoted)).readValue()).getString()).isEqualTo(value);
        }
    }

    @Test
    void nTriplesLiteralsReadBackAsWritten() {
        for (String value : List.of(HOSTILE, CONTROLS)) {
            Node literal = NodeFactory.createLiteralString(value);
            String line = Terms.nt(S) + " " + Terms.nt(P) + " " + Terms.nt(literal) + " .\n";
            assertThat(line.strip()).doesNotContain("\n", "\r");
            Graph read = GraphFactory.createGraphMem();
            RDFParser.fromString(line, Lang.NTRIPLES).parse(read);
            assertThat(read.contains(S, P, literal)).as(value).isTrue();
        }
        // A lone surrogate cannot be in RDF text; it stays one line and cannot end the literal early.
        String line = Terms.nt(NodeFactory.createLiteralString(LONE_SURROGATES + "\"\n"));
        assertThat(line).startsWith("\"").endsWith("\\\"\\n\"").doesNotContain("\n");
    }

    @Test
    void rdfXmlLiteralsAndIrisReadBackAsWritten() throws IOException {
        Node literal = NodeFactory.createLiteralString(HOSTILE);
        Node tagged = NodeFactory.createLiteralLang("x & <y>", "en");
        Node iri = NodeFactory.createURI("https://example.org/o?x='1'&y=2");
        List<Triple> triples = List.of(Triple.create(S, P, literal), Triple.create(S, P, tagged), Triple.create(S, P, iri));
        Graph read = GraphFactory.createGraphMem();
        RDFParser.fromString(rdfXml(triples), Lang.RDFXML).parse(read);
        assertThat(read.size()).isEqualTo(3);
        triples.forEach(t -> assertThat(read.contains(t)).as(t.toString()).isTrue());
    }

    @Test
    void rdfXmlRefusesControlCharactersThatXmlCannotHold() {
        for (String value : List.of("bell\u0007", "nul\u0000", "escape\u001b")) {
            Triple t = Triple.create(S, P, NodeFactory.createLiteralString(value));
            assertThatThrownBy(() -> rdfXml(List.of(t))).isInstanceOf(Ai4sException.class)
                    .hasMessageContaining("in RDF/XML (XML 1.0 forbids it)");
        }
    }

    @Test
    void loneSurrogatesCannotComeInAndRdfXmlRefusesThem() {
        // The repository is read as Turtle, whose reader refuses a lone surrogate ...
        assertThatThrownBy(() -> RDFParser.fromString("<urn:s> <urn:p> \"a\\uD800b\" .", Lang.TURTLE)
                .errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerNoLogging).toGraph())
                .hasMessageContaining("surrogate");
        // ... and were one to reach RDF/XML, it is refused rather than written into an ill-formed document.
        Triple t = Triple.create(S, P, NodeFactory.createLiteralString(LONE_SURROGATES));
        assertThatThrownBy(() -> rdfXml(List.of(t))).isInstanceOf(Ai4sException.class)
                .hasMessageContaining("U+D800 in RDF/XML (XML 1.0 forbids it)");
    }

    private static String rdfXml(List<Triple> triples) throws IOException {
        StringWriter out = new StringWriter();
        RdfXmlSink sink = new RdfXmlSink(out, JsonLdContext.standard());
        UsedNamespaces used = new UsedNamespaces();
        triples.forEach(used::add);
        sink.start(used);
        sink.subject(S, triples);
        sink.finish();
        return out.toString();
    }
}
