package org.ai4skg.web;

import java.util.List;

import org.ai4skg.server.Lang;
import org.ai4skg.vocab.PreferredLabel;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Human-readable names of nodes for pages by the rule of {@link PreferredLabel} (the wanted language, then another
 * marked as a fallback, then a literal without language), then a known term's name, then the IRI's local name.
 */
public final class Labels {

    static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    static final Node ALT_LABEL = SKOS.altLabel.asNode();
    static final Node RDFS_LABEL = RDFS.label.asNode();
    static final Node DEFINITION = SKOS.definition.asNode();
    static final Node COMMENT = RDFS.comment.asNode();
    static final Node DC_DESCRIPTION = org.apache.jena.vocabulary.DCTerms.description.asNode();
    static final Node DC_TITLE = org.apache.jena.vocabulary.DCTerms.title.asNode();

    private static final List<Node> LABEL_PROPERTIES = PreferredLabel.PROPERTIES;
    private static final List<Node> DEFINITION_PROPERTIES = List.of(DEFINITION, DC_DESCRIPTION, COMMENT);

    private final PreferredLabel.Values values;

    public Labels(Graph graph) {
        this.values = PreferredLabel.values(graph);
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
        return PreferredLabel.of(values, node, LABEL_PROPERTIES, lang.code())
                .filter(f -> !f.fallback() && lang.matches(f.lang())).map(PreferredLabel.Found::text).orElse(null);
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
        return PreferredLabel.of(values, node, properties, lang.code()).map(f -> f.fallback()
                ? new Text(f.text(), f.lang(), true, Messages.get(lang, "fallback." + lang.code()))
                : f.lang().isEmpty() ? Text.plain(f.text()) : new Text(f.text(), lang.code(), false, null)).orElse(null);
    }
}
