package org.ai4skg.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.ai4skg.failure.Ai4sException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF syntaxes of the publication, one place for all: each is a Jena {@link Lang}, which gives its media type and
 * file extension, with the Jena {@link RDFFormat} that writes it, with the option name {@code ai4s export} takes and its W3C format IRI. Dumps, descriptions,
 * {@code ai4s query}, the service description and {@code /dumps/} all ask here.
 */
public enum RdfSyntax {
    TURTLE(Lang.TURTLE),
    NTRIPLES(Lang.NTRIPLES),
    NQUADS(Lang.NQUADS),
    JSONLD(Lang.JSONLD),
    RDFXML(Lang.RDFXML),
    TRIG(Lang.TRIG);

    /** The namespace of the W3C's format IRIs ({@code http://www.w3.org/ns/formats/Turtle} ...). */
    public static final String FORMATS = "http://www.w3.org/ns/formats/";

    private final Lang lang;

    RdfSyntax(Lang lang) {
        this.lang = lang;
    }

    /** Jena's name for the syntax. */
    public Lang lang() {
        return lang;
    }

    /**
     * The Jena writer of a small graph held in memory (a description); dumps and graphs of any size go through
     * {@link GraphWriter} instead.
     */
    public RDFFormat writer() {
        return switch (this) {
            case TURTLE -> RDFFormat.TURTLE_PRETTY;
            case NTRIPLES -> RDFFormat.NTRIPLES;
            case NQUADS -> RDFFormat.NQUADS;
            case JSONLD -> RDFFormat.JSONLD11;
            case RDFXML -> RDFFormat.RDFXML_PLAIN;
            case TRIG -> RDFFormat.TRIG_PRETTY;
        };
    }

    /** The name {@code ai4s export --format} takes: the file extension, but {@code rdfxml} for RDF/XML. */
    public String optionName() {
        return this == RDFXML ? "rdfxml" : extension();
    }

    /** The file extension of dumps and description URLs ({@code ttl}, {@code rdf} ...). */
    public String extension() {
        return lang().getFileExtensions().get(0);
    }

    /** The media type, without parameters. */
    public String mediaType() {
        return lang().getHeaderString();
    }

    /** The {@code Content-Type} value: text formats say their charset; JSON-LD and N-Triples are UTF-8 by definition. */
    public String contentType() {
        return mediaType().startsWith("text/") || this == RDFXML ? mediaType() + "; charset=utf-8" : mediaType();
    }

    /** The W3C format IRI ({@code http://www.w3.org/ns/formats/Turtle}): Jena's label, {@code /} written {@code _}. */
    public String formatIri() {
        return FORMATS + lang.getLabel().replace('/', '_');
    }

    /** The syntax of a file extension ({@code ttl}, {@code jsonld}, {@code rdf} ...). */
    public static Optional<RdfSyntax> byExtension(String extension) {
        return Arrays.stream(values()).filter(s -> s.extension().equals(extension)).findFirst();
    }

    /**
     * The formats named in a comma-separated list such as {@code ttl,nt,jsonld}, in this enum's order.
     *
     * @throws Ai4sException (exit 2) naming an unknown format and the known ones
     */
    public static Set<RdfSyntax> parseList(String list) {
        Set<RdfSyntax> formats = EnumSet.noneOf(RdfSyntax.class);
        for (String name : list.split(",")) {
            String wanted = name.trim().toLowerCase(Locale.ROOT);
            if (wanted.isEmpty()) {
                continue;
            }
            formats.add(Arrays.stream(values())
                    .filter(f -> f.optionName().equals(wanted) || f.extension().equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> Ai4sException.usage("unknown format '" + name.trim() + "' (known: " + known() + ")")));
        }
        if (formats.isEmpty()) {
            throw Ai4sException.usage("no format given (known: " + known() + ")");
        }
        return formats;
    }

    /** The option names of all formats, comma-separated. */
    public static String known() {
        List<String> names = new ArrayList<>();
        for (RdfSyntax format : values()) {
            names.add(format.optionName());
        }
        return String.join(",", names);
    }
}
