package org.ai4skg.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import org.ai4skg.failure.Ai4sException;
import org.ai4skg.failure.ExitKind;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.shared.CannotEncodeCharacterException;
import org.apache.jena.util.XMLChar;
import org.apache.jena.vocabulary.XSD;

/**
 * Streaming RDF/XML: one {@code rdf:Description} per subject; the published prefixes its property elements use are
 * declared on the root, any other namespace on the property element that needs it.
 */
final class RdfXmlSink implements SubjectSink {

    private final Writer out;
    private final Map<String, String> published;
    private Map<String, String> prefixes;

    RdfXmlSink(Writer out, JsonLdContext context) {
        this.out = out;
        this.published = context.prefixes();
    }

    @Override
    public void start(UsedNamespaces used) throws IOException {
        prefixes = used.forRdfXml(published);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF");
        for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
            out.write("\n    xmlns:" + prefix.getKey() + "=\"" + attribute(prefix.getValue()) + "\"");
        }
        out.write(">\n");
    }

    @Override
    public void subject(Node subject, List<Triple> triples) throws IOException {
        StringBuilder text = new StringBuilder(256);
        text.append("  <rdf:Description ").append(reference(subject, "about")).append(">\n");
        for (Triple t : triples) {
            String iri = t.getPredicate().getURI();
            int split = Util.splitNamespaceXML(iri);
            if (split <= 0 || split >= iri.length()) {
                throw new Ai4sException(ExitKind.UNREADABLE_INPUT, "cannot write property <" + iri + "> in RDF/XML: it has no XML local name");
            }
            String namespace = iri.substring(0, split);
            String local = iri.substring(split);
            String prefix = prefixFor(namespace);
            String element = prefix == null ? "ns0:" + local : prefix + ":" + local;
            String declaration = prefix == null ? " xmlns:ns0=\"" + attribute(namespace) + "\"" : "";
            Node o = t.getObject();
            text.append("    <").append(element).append(declaration);
            if (o.isURI() || o.isBlank()) {
                text.append(' ').append(reference(o, "resource")).append("/>\n");
                continue;
            }
            String language = o.getLiteralLanguage();
            String datatype = o.getLiteralDatatypeURI();
            if (language != null && !language.isEmpty()) {
                text.append(" xml:lang=\"").append(attribute(language)).append('"');
            } else if (datatype != null && !XSD.xstring.getURI().equals(datatype)) {
                text.append(" rdf:datatype=\"").append(attribute(datatype)).append('"');
            }
            text.append('>').append(text(o.getLiteralLexicalForm())).append("</").append(element).append(">\n");
        }
        text.append("  </rdf:Description>\n");
        out.write(text.toString());
    }

    @Override
    public void finish() throws IOException {
        out.write("</rdf:RDF>\n");
        out.flush();
    }

    private String prefixFor(String namespace) {
        for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
            if (prefix.getValue().equals(namespace)) {
                return prefix.getKey();
            }
        }
        return null;
    }

    private static String reference(Node node, String iriAttribute) {
        if (node.isBlank()) {
            return "rdf:nodeID=\"" + attribute(node.getBlankNodeLabel()) + "\"";
        }
        return "rdf:" + iriAttribute + "=\"" + attribute(node.getURI()) + "\"";
    }

    /**
     * Jena's escaping for XML attribute values, as its own RDF/XML writer uses it: {@code & < > " '}, tab, line feed
     * and carriage return become references, so that attribute-value normalisation keeps them.
     */
    private static String attribute(String value) {
        requireXmlChars(value);
        try {
            return Util.substituteStandardEntities(value);
        } catch (CannotEncodeCharacterException e) {
            throw unwritable(e);
        }
    }

    /** Jena's escaping for element content: {@code & < >} and carriage return (which XML parsers would drop). */
    private static String text(String value) {
        requireXmlChars(value);
        try {
            return Util.substituteEntitiesInElementContent(value);
        } catch (CannotEncodeCharacterException e) {
            throw unwritable(e);
        }
    }

    /** Jena's escapers let a lone surrogate through, which would make the document ill-formed. */
    private static void requireXmlChars(String value) {
        value.codePoints().filter(XMLChar::isInvalid).findFirst().ifPresent(c -> {
            throw unwritable(c);
        });
    }

    private static Ai4sException unwritable(CannotEncodeCharacterException e) {
        return unwritable(e.getBadChar());
    }

    private static Ai4sException unwritable(int c) {
        return new Ai4sException(ExitKind.UNREADABLE_INPUT, "cannot write character U+" + String.format("%04X", c) + " in RDF/XML (XML 1.0 forbids it)");
    }
}
