package org.ai4skg.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.ai4skg.export.JsonLdContext;
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

    /** The published context's prefixes (the one prefix map of the publication), for the query editor. */
    static String prefixes(Graph graph) {
        Map<String, String> map = JsonLdContext.standard().prefixes();
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
