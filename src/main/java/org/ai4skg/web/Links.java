package org.ai4skg.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.ai4skg.server.Lang;
import org.apache.jena.graph.Node;

/**
 * Where links point: IRIs of {@code https://w3id.org/ai4s-kg/} are rewritten to the local base URL so that they work
 * on a laptop; when the reader chose a language with {@code ?lang=}, internal links keep it.
 */
public final class Links {

    private final String base;
    private final Lang stickyLang;

    /**
     * @param baseUrl    where {@code https://w3id.org/ai4s-kg/} is served, e.g. {@code http://localhost:3030/}
     * @param stickyLang the language to carry in links ({@code ?lang=}), or null to let each request negotiate
     */
    public Links(String baseUrl, Lang stickyLang) {
        this.base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.stickyLang = stickyLang;
    }

    /** The language carried in links, or null. */
    public Lang stickyLang() {
        return stickyLang;
    }

    /** The base URL, ending with a slash. */
    public String base() {
        return base;
    }

    /** The local URL of one of our IRIs, without language parameter (as used in alternates and JSON-LD). */
    public String plain(String iri) {
        if (iri.startsWith(Rdf.NS)) {
            return base + iri.substring(Rdf.NS.length());
        }
        return iri;
    }

    /** A link to one of our IRIs (hash IRIs keep their fragment after the language parameter). */
    public String to(Node node) {
        return to(node.getURI());
    }

    /** A link to one of our IRIs or to a site path such as {@code search?q=x}. */
    public String to(String iriOrPath) {
        String url = iriOrPath.startsWith(Rdf.NS) ? plain(iriOrPath)
                : iriOrPath.startsWith("http") ? iriOrPath : base + iriOrPath;
        String fragment = "";
        int hash = url.indexOf('#');
        if (hash >= 0) {
            fragment = url.substring(hash);
            url = url.substring(0, hash);
        }
        if (stickyLang != null) {
            url = url + (url.contains("?") ? "&" : "?") + "lang=" + stickyLang.code();
        }
        return url + fragment;
    }

    /** The same page in another language. */
    public static String withLang(String pathAndQuery, Lang lang) {
        String path = pathAndQuery;
        String query = "";
        int q = pathAndQuery.indexOf('?');
        if (q >= 0) {
            path = pathAndQuery.substring(0, q);
            query = pathAndQuery.substring(q + 1);
        }
        StringBuilder kept = new StringBuilder();
        for (String pair : query.split("&")) {
            if (pair.isEmpty() || pair.startsWith("lang=")) {
                continue;
            }
            kept.append(pair).append('&');
        }
        return path + "?" + kept + "lang=" + lang.code();
    }

    /** Percent-encodes a query parameter value. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** True for a link that can safely be followed from a page (http or https only). */
    public static boolean isWebLink(String iri) {
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** True for Wikidata, ROR, DBpedia, ORCID and DOI addresses (named by their site and id). */
    public static boolean isKnownSite(String iri) {
        String host;
        try {
            host = URI.create(iri).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        return host != null && (host.endsWith("wikidata.org") || host.endsWith("ror.org") || host.endsWith("dbpedia.org")
                || host.endsWith("orcid.org") || host.endsWith("doi.org"));
    }

    /** A short name for an outside link: "Wikidata Q42", "ROR 00971b260", "DBpedia: Protein_structure_prediction". */
    public static String externalName(String iri) {
        String host;
        try {
            host = URI.create(iri).getHost();
        } catch (IllegalArgumentException e) {
            return iri;
        }
        if (host == null) {
            return iri;
        }
        String local = Rdf.localName(iri);
        if (host.endsWith("wikidata.org")) {
            return "Wikidata " + local;
        }
        if (host.endsWith("ror.org")) {
            return "ROR " + local;
        }
        if (host.endsWith("dbpedia.org")) {
            return "DBpedia: " + local;
        }
        if (host.endsWith("orcid.org")) {
            return "ORCID " + local;
        }
        if (host.endsWith("doi.org")) {
            return "DOI " + iri.substring(iri.indexOf("doi.org/") + 8);
        }
        return host + " " + local;
    }
}
