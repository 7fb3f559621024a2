package org.ai4skg.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.ai4skg.failure.Ai4sException;

/** Output formats of {@code ai4s query}: result formats for SELECT/ASK, RDF syntaxes for CONSTRUCT/DESCRIBE. */
public enum ResultFormat {
    TABLE(false), CSV(false), TSV(false), JSON(false), XML(false), TTL(true), NT(true), JSONLD(true);

    private final boolean rdf;

    ResultFormat(boolean rdf) {
        this.rdf = rdf;
    }

    /** True for the RDF syntaxes (CONSTRUCT and DESCRIBE results). */
    public boolean rdf() {
        return rdf;
    }

    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws Ai4sException (exit 2) for an unknown name */
    public static ResultFormat parse(String name) {
        return Arrays.stream(values()).filter(f -> f.optionName().equals(name.trim().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> Ai4sException.usage("unknown format '" + name + "' (known: " + known() + ")"));
    }

    public static String known() {
        return Arrays.stream(values()).map(ResultFormat::optionName).collect(Collectors.joining(","));
    }
}
