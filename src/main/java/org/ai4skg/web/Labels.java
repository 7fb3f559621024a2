package org.ai4skg.web;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Human-readable names of nodes: {@code skos:prefLabel}, then {@code rdfs:label}, in the wanted language, then in the
 * other language (marked as a fallback), then a literal without language, then the IRI's local name.
 */
public final class Labels {

    static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    static final Node ALT_LABEL = SKOS.altLabel.asNode();
    static final Node RDFS_LABEL = RDFS.label.asNode();
    static final Node DEFINITION = SKOS.definition.asNode();
    static final Node COMMENT = RDFS.comment.asNode();
    static final Node DC_DESCRIPTION = org.apache.jena.vocabulary.DCTerms.description.asNode();
    static final Node DC_TITLE = org.apache.jena.vocabulary.DCTerms.title.asNode();

    private static final List<Node> LABEL_PROPERTIES = List.of(PREF_LABEL, RDFS_LABEL, DC_TITLE);
    private static final List<Node> DEFINITION_PROPERTIES = List.of(DEFINITION, DC_DESCRIPTION, COMMENT);

    private final Graph graph;

    public Labels(Graph graph) {
        this.graph = graph;
    }

    /** The label of a node in the language, never null. */
    public Text label(Node node, Lang lang) {
        if (node.isLiteral()) {
            return Text.plain(node.getLiteralLexicalForm());
        }
        Text found = find(node, LABEL_PROPERTIES, lang);
        if (found != null) {
            return found;
        }
        if (node.isURI()) {
            String local = Rdf.localName(node.getURI());
            String known = Rdf.isOurs(node) ? null : Messages.of(lang).get("term." + local);
            return known != null ? new Text(known, lang.code(), false, null) : Text.plain(local);
        }
        return Text.plain("_:" + node.getBlankNodeLabel());
    }

    /** The label in exactly this language, or null. */
    public String labelIn(Node node, Lang lang) {
        for (Node p : LABEL_PROPERTIES) {
            String v = literalIn(node, p, lang);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The definition ({@code skos:definition}, then {@code dcterms:description}, then {@code rdfs:comment}), or null. */
    public Text definition(Node node, Lang lang) {
        return find(node, DEFINITION_PROPERTIES, lang);
    }

    /** The explanation of a note-like resource: {@code rdfs:comment}, else its definition; or null. */
    public Text explanation(Node node, Lang lang) {
        return find(node, List.of(COMMENT, Rdf.iri("http://www.w3.org/2004/02/skos/core#note"), DEFINITION,
                DC_DESCRIPTION), lang);
    }

    private Text find(Node node, List<Node> properties, Lang lang) {
        for (Node p : properties) {
            String v = literalIn(node, p, lang);
            if (v != null) {
                return new Text(v, lang.code(), false, null);
            }
        }
        for (Node p : properties) {
            String v = literalIn(node, p, lang.other());
            if (v != null) {
                String note = Messages.get(lang, "fallback." + lang.code());
                return new Text(v, lang.other().code(), true, note);
            }
        }
        for (Node p : properties) {
            String v = literalIn(node, p, null);
            if (v != null) {
                return Text.plain(v);
            }
        }
        return null;
    }

    /** A literal of the property in the language (null: a literal without language tag). */
    private String literalIn(Node node, Node property, Lang lang) {
        ExtendedIterator<Triple> it = graph.find(node, property, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (!o.isLiteral()) {
                    continue;
                }
                String tag = o.getLiteralLanguage();
                if (lang == null ? tag.isEmpty() : lang.matches(tag)) {
                    return o.getLiteralLexicalForm();
                }
            }
            return null;
        } finally {
            it.close();
        }
    }
}
