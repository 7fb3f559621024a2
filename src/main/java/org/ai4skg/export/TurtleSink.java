package org.ai4skg.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Streaming Turtle (or TriG: the same text is a TriG document of the default graph): the published prefixes the
 * triples use, then one block per subject, {@code a} first, objects of one predicate joined with commas.
 */
final class TurtleSink implements SubjectSink {

    private final Writer out;
    private final Map<String, String> published;
    private Map<String, String> prefixes;

    TurtleSink(Writer out, JsonLdContext context) {
        this.out = out;
        this.published = context.prefixes();
    }

    @Override
    public void start(UsedNamespaces used) throws IOException {
        prefixes = used.forTurtle(published);
        for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
            out.write("@prefix " + prefix.getKey() + ": <" + prefix.getValue() + "> .\n");
        }
    }

    @Override
    public void subject(Node subject, List<Triple> triples) throws IOException {
        StringBuilder text = new StringBuilder(256);
        text.append('\n').append(format(subject));
        List<Triple> ordered = new ArrayList<>(triples.size());
        for (Triple t : triples) {
            if (t.getPredicate().equals(RDF.Nodes.type)) {
                ordered.add(t);
            }
        }
        for (Triple t : triples) {
            if (!t.getPredicate().equals(RDF.Nodes.type)) {
                ordered.add(t);
            }
        }
        Node previous = null;
        for (Triple t : ordered) {
            if (t.getPredicate().equals(previous)) {
                text.append(" ,\n        ");
            } else {
                text.append(previous == null ? "\n    " : " ;\n    ");
                text.append(t.getPredicate().equals(RDF.Nodes.type) ? "a" : format(t.getPredicate())).append(' ');
                previous = t.getPredicate();
            }
            text.append(format(t.getObject()));
        }
        text.append(" .\n");
        out.write(text.toString());
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private String format(Node node) {
        return Terms.ttl(node, prefixes);
    }
}
