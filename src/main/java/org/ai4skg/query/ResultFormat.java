package org.ai4skg.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.ai4skg.export.RdfSyntax;
import org.ai4skg.failure.Ai4sException;

/**
 * Output formats of {@code ai4s query}: result formats for SELECT/ASK, and for CONSTRUCT/DESCRIBE the publication's RDF
 * syntaxes, named by their file extension.
 */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON, XML, TTL, NT, JSONLD;

    /** The RDF syntax of a graph result format; empty for the result-set formats. */
    public Optional<RdfSyntax> syntax() {
        return switch (this) {
            case TTL -> Optional.of(RdfSyntax.TURTLE);
            case NT -> Optional.of(RdfSyntax.NTRIPLES);
            case JSONLD -> Optional.of(RdfSyntax.JSONLD);
            default -> Optional.empty();
        };
    }

    /** True for the RDF syntaxes (CONSTRUCT and DESCRIBE results). */
    public boolean rdf() {
        return syntax().isPresent();
    }

    /** The name {@code --format} takes: the syntax's file extension, or the result format's own name. */
    public String optionName() {
        return syntax().map(RdfSyntax::extension).orElse(name().toLowerCase(Locale.ROOT));
    }

    /** @throws Ai4sException (exit 2) for an unknown name */
    public static ResultFormat parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.optionName().equals(wanted)).findFirst()
                .orElseThrow(() -> Ai4sException.usage("unknown format '" + name + "' (known: " + known() + ")"));
    }

    public static String known() {
        return Arrays.stream(values()).map(ResultFormat::optionName).collect(Collectors.joining(","));
    }
}
