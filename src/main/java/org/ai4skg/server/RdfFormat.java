package org.ai4skg.server;

import java.util.List;
import java.util.Optional;

import org.ai4skg.export.RdfSyntax;
import org.apache.jena.riot.RDFFormat;

/**
 * The representations a description is offered in: a page, or one of the publication's {@link RdfSyntax}es, whose
 * media type, file extension and writer it takes. Order = preference for {@code *}{@code /*}.
 */
public enum RdfFormat {
    TURTLE(RdfSyntax.TURTLE),
    HTML(null),
    JSONLD(RdfSyntax.JSONLD),
    NTRIPLES(RdfSyntax.NTRIPLES),
    RDFXML(RdfSyntax.RDFXML);

    private static final String HTML_TYPE = "text/html";

    private final RdfSyntax syntax;

    RdfFormat(RdfSyntax syntax) {
        this.syntax = syntax;
    }

    /** The RDF syntax; empty for HTML. */
    public Optional<RdfSyntax> syntax() {
        return Optional.ofNullable(syntax);
    }

    public String mediaType() {
        return syntax == null ? HTML_TYPE : syntax.mediaType();
    }

    /** The suffix of the description's URL ({@code ttl}, {@code html} ...). */
    public String suffix() {
        return syntax == null ? "html" : syntax.extension();
    }

    /** The Jena writer format; null for HTML. */
    public RDFFormat jenaFormat() {
        return syntax == null ? null : syntax.writer();
    }

    /** The value of {@code Content-Type}. */
    public String contentType() {
        return syntax == null ? HTML_TYPE + "; charset=utf-8" : syntax.contentType();
    }

    /** The RDF formats only (no HTML). */
    public static List<RdfFormat> rdfOnly() {
        return List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);
    }

    /** The format whose suffix this is ({@code ttl}, {@code jsonld}, ...). */
    public static Optional<RdfFormat> bySuffix(String suffix) {
        return List.of(values()).stream().filter(f -> f.suffix().equals(suffix)).findFirst();
    }
}
