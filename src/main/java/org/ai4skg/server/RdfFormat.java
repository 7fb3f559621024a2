package org.ai4skg.server;

import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The representations a description is offered in, with their media type and file suffix. Order = preference for {@code *}{@code /*}. */
public enum RdfFormat {
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    HTML("text/html", "html", null),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PLAIN);

    private final String mediaType;
    private final String suffix;
    private final RDFFormat jenaFormat;

    RdfFormat(String mediaType, String suffix, RDFFormat jenaFormat) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.jenaFormat = jenaFormat;
    }

    public String mediaType() {
        return mediaType;
    }

    public String suffix() {
        return suffix;
    }

    /** The Jena writer format; null for HTML. */
    public RDFFormat jenaFormat() {
        return jenaFormat;
    }

    public Lang lang() {
        return jenaFormat == null ? null : jenaFormat.getLang();
    }

    /** The value of {@code Content-Type}. */
    public String contentType() {
        return this == NTRIPLES || this == JSONLD ? mediaType : mediaType + "; charset=utf-8";
    }

    /** The RDF formats only (no HTML). */
    public static List<RdfFormat> rdfOnly() {
        return List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);
    }

    /** The format whose suffix this is ({@code ttl}, {@code jsonld}, ...). */
    public static Optional<RdfFormat> bySuffix(String suffix) {
        for (RdfFormat format : values()) {
            if (format.suffix.equals(suffix)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
