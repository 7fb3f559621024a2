package org.ai4skg.server;

import org.ai4skg.vocab.AI4S;

/** The publication's IRI space: canonical IRIs start with {@link #BASE} and are served at {@code {base-url}{local}}. */
public final class Namespace {
    /** The namespace every IRI of the publication starts with. */
    public static final String BASE = "https://w3id.org/ai4s-kg/";
    /** The vocabulary IRI; its terms are hash IRIs of this document. */
    public static final String ONTOLOGY = AI4S.ONTOLOGY_IRI;
    /** Instances live under this path. */
    public static final String RESOURCE = BASE + "resource/";

    private Namespace() {
    }

    /** The local part of a canonical IRI ({@code resource/x} for {@code https://w3id.org/ai4s-kg/resource/x}), or null. */
    public static String local(String iri) {
        return iri.startsWith(BASE) ? iri.substring(BASE.length()) : null;
    }

    /** Rewrites a canonical IRI to the URL where this server answers for it; other IRIs are returned unchanged. */
    public static String toLocalUrl(String iri, String baseUrl) {
        String local = local(iri);
        return local == null ? iri : baseUrl + local;
    }
}
