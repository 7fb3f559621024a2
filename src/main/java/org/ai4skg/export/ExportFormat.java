package org.ai4skg.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.ai4skg.failure.Ai4sException;

/** The dump formats of {@code ai4s export}: option name, file extension and media type. */
public enum ExportFormat {
    TURTLE("ttl", "ttl", "text/turtle"),
    NTRIPLES("nt", "nt", "application/n-triples"),
    NQUADS("nq", "nq", "application/n-quads"),
    JSONLD("jsonld", "jsonld", "application/ld+json"),
    RDFXML("rdfxml", "rdf", "application/rdf+xml"),
    TRIG("trig", "trig", "application/trig");

    private final String optionName;
    private final String extension;
    private final String mediaType;

    ExportFormat(String optionName, String extension, String mediaType) {
        this.optionName = optionName;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String optionName() {
        return optionName;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The formats named in a comma-separated list such as {@code ttl,nt,jsonld}, in this enum's order.
     *
     * @throws Ai4sException (exit 2) naming an unknown format and the known ones
     */
    public static Set<ExportFormat> parseList(String list) {
        Set<ExportFormat> formats = EnumSet.noneOf(ExportFormat.class);
        for (String name : list.split(",")) {
            String wanted = name.trim().toLowerCase(Locale.ROOT);
            if (wanted.isEmpty()) {
                continue;
            }
            formats.add(Arrays.stream(values())
                    .filter(f -> f.optionName.equals(wanted) || f.extension.equals(wanted))
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
        for (ExportFormat format : values()) {
            names.add(format.optionName);
        }
        return names.stream().collect(Collectors.joining(","));
    }
}
