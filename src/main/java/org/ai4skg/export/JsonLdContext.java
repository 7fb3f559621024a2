package org.ai4skg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/**
 * The published JSON-LD {@code @context} ({@code org/ai4skg/context.jsonld}, served at {@code /context.jsonld}): the
 * fixed prefixes of every dump and the short JSON names of the common properties.
 */
public final class JsonLdContext {

    /** Where the context lives on the class path. */
    public static final String RESOURCE = "/org/ai4skg/context.jsonld";

    /** A short name for a property: a language map ({@code "prefLabel": {"en": ...}}) or an IRI-valued term. */
    public record Term(String name, String iri, boolean languageMap, boolean iriValued) {
    }

    private static final JsonLdContext INSTANCE = load();

    private final String text;
    private final Map<String, String> prefixes;
    private final Map<String, Term> termsByIri;

    private JsonLdContext(String text, Map<String, String> prefixes, Map<String, Term> termsByIri) {
        this.text = text;
        this.prefixes = Collections.unmodifiableMap(prefixes);
        this.termsByIri = Collections.unmodifiableMap(termsByIri);
    }

    /** The context of this release. */
    public static JsonLdContext standard() {
        return INSTANCE;
    }

    /** The context document exactly as published (a JSON object with one {@code @context} member). */
    public String text() {
        return text;
    }

    /** Prefix name to namespace IRI, sorted by prefix name. */
    public Map<String, String> prefixes() {
        return prefixes;
    }

    /** The prefixes as a Jena prefix map. */
    public PrefixMap prefixMap() {
        PrefixMap map = PrefixMapFactory.create();
        prefixes.forEach(map::add);
        return map;
    }

    /**
     * The prefixes a Turtle writing of the graph uses: those whose namespace some IRI of the graph (other than
     * {@code rdf:type} as a predicate) can be written in, sorted by name. For writers that declare every prefix they
     * are given.
     */
    public Map<String, String> prefixesUsedBy(Graph graph) {
        UsedNamespaces used = new UsedNamespaces();
        graph.find().forEachRemaining(used::add);
        return used.forTurtle(prefixes);
    }

    /** The short term for a property IRI, or null. */
    public Term term(String propertyIri) {
        return termsByIri.get(propertyIri);
    }

    private static JsonLdContext load() {
        String text;
        try (InputStream in = JsonLdContext.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + RESOURCE);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonObject context = JSON.parse(text).get("@context").getAsObject();
        Map<String, String> prefixes = new TreeMap<>();
        Map<String, String> rawTerms = new LinkedHashMap<>();
        Map<String, JsonObject> definitions = new LinkedHashMap<>();
        for (String key : context.keys()) {
            JsonValue value = context.get(key);
            if (key.startsWith("@")) {
                continue;
            }
            if (value.isString()) {
                String iri = value.getAsString().value();
                if (iri.endsWith("/") || iri.endsWith("#")) {
                    prefixes.put(key, iri);
                } else {
                    rawTerms.put(key, iri);
                }
            } else if (value.isObject()) {
                definitions.put(key, value.getAsObject());
            }
        }
        Map<String, Term> terms = new TreeMap<>();
        definitions.forEach((name, definition) -> {
            String iri = expand(definition.get("@id").getAsString().value(), prefixes);
            boolean languageMap = definition.hasKey("@container")
                    && "@language".equals(definition.get("@container").getAsString().value());
            boolean iriValued = definition.hasKey("@type")
                    && "@id".equals(definition.get("@type").getAsString().value());
            terms.put(iri, new Term(name, iri, languageMap, iriValued));
        });
        return new JsonLdContext(text, prefixes, terms);
    }

    private static String expand(String compact, Map<String, String> prefixes) {
        int colon = compact.indexOf(':');
        if (colon > 0 && prefixes.containsKey(compact.substring(0, colon))) {
            return prefixes.get(compact.substring(0, colon)) + compact.substring(colon + 1);
        }
        return compact;
    }
}
