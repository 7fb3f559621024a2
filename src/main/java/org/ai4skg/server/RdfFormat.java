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
    TURTLE, HTML, JSONLD, NTRIPLES, RDFXML;

    private static final String HTML_TYPE = "text/html";

    /** The RDF syntax of the same name; empty for HTML. */
    public Optional<RdfSyntax> syntax() {
        return this == HTML ? Optional.empty() : Optional.of(RdfSyntax.valueOf(name()));
    }

    public String mediaType() {
        return syntax().map(RdfSyntax::mediaType).orElse(HTML_TYPE);
    }

    /** The suffix of the description's URL ({@code ttl}, {@code html} ...). */
    public String suffix() {
        return syntax().map(RdfSyntax::extension).orElse("html");
    }

    /** The Jena writer format; null for HTML. */
    public RDFFormat jenaFormat() {
        return syntax().map(RdfSyntax::writer).orElse(null);
    }

    /** The value of {@code Content-Type}. */
    public String contentType() {
        return syntax().map(RdfSyntax::contentType).orElse(HTML_TYPE + "; charset=utf-8");
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
