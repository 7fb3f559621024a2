package org.ai4skg.validate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathWriter;

/** Writes nodes and paths in the short, prefixed form of Turtle, using the prefixes the input files declare. */
public final class Names {
    private static final Pattern IRI_IN_TEXT = Pattern.compile("<([a-zA-Z][a-zA-Z0-9+.-]*:[^<>\\s\"{}|^`\\\\]*)>");
    private final PrefixMap prefixes;

    public Names(PrefixMap prefixes) {
        this.prefixes = prefixes;
    }

    /** {@code res:alphafold-3}, {@code "text"@en}, {@code <http://unprefixed/iri>}, {@code _:b0}; "" for null. */
    public String of(Node node) {
        if (node == null) {
            return "";
        }
        if (node.isURI()) {
            String curie = prefixes.abbreviate(node.getURI());
            return curie != null ? curie : "<" + node.getURI() + ">";
        }
        return NodeFmtLib.str(node, prefixes);
    }

    /** A SHACL result path in SPARQL property-path syntax with prefixes; "" for null. */
    public String of(Path path) {
        if (path == null) {
            return "";
        }
        return PathWriter.asString(path, new Prologue(Prefixes.adapt(prefixes)));
    }

    /** The text with every {@code <iri>} that has a prefix written in its prefixed form (for SHACL messages). */
    public String inText(String text) {
        if (text == null) {
            return "";
        }
        Matcher iri = IRI_IN_TEXT.matcher(text);
        StringBuilder result = new StringBuilder();
        while (iri.find()) {
            String curie = prefixes.abbreviate(iri.group(1));
            iri.appendReplacement(result, Matcher.quoteReplacement(curie != null ? curie : iri.group()));
        }
        iri.appendTail(result);
        return result.toString();
    }

    public PrefixMap prefixes() {
        return prefixes;
    }
}
