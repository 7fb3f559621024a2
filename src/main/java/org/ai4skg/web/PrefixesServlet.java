package org.ai4skg.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /static/prefixes.json}: the prefixes of the publication as JSON (what YASGUI would otherwise fetch from prefix.cc). */
final class PrefixesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final byte[] body;
    private final String etag;

    PrefixesServlet(Graph graph) {
        body = prefixes(graph).getBytes(StandardCharsets.UTF_8);
        try {
            etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 8) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String prefixes(Graph graph) {
        Map<String, String> map = new LinkedHashMap<>(org.apache.jena.shared.PrefixMapping.Standard.getNsPrefixMap());
        map.put("skos", "http://www.w3.org/2004/02/skos/core#");
        map.put("dcterms", "http://purl.org/dc/terms/");
        map.put("schema", "https://schema.org/");
        map.put("wd", "http://www.wikidata.org/entity/");
        map.put("wdt", "http://www.wikidata.org/prop/direct/");
        map.put("void", "http://rdfs.org/ns/void#");
        map.put("ai4s", Rdf.ONTOLOGY + "#");
        map.put("res", Rdf.RESOURCES);
        map.putAll(graph.getPrefixMapping().getNsPrefixMap());
        JsonObject o = new JsonObject();
        map.forEach((k, v) -> {
            if (!k.isEmpty()) {
                o.put(k, v);
            }
        });
        return o.toString();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", "public, max-age=3600");
        if (etag.equals(req.getHeader("If-None-Match"))) {
            resp.setStatus(304);
            return;
        }
        resp.setContentType("application/json");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
