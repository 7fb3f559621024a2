package org.ai4skg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ai4skg.export.JsonLdContext;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /static/*}: the stylesheet, the query page's script, YASGUI's bundle from its WebJar, and the prefixes of the
 * publication as JSON (what YASGUI would otherwise fetch from prefix.cc). Files are read once and kept in memory.
 */
final class StaticServlet extends HttpServlet {

    /** Where the WebJar keeps YASGUI's self-contained build. */
    static final String YASGUI = "META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/";

    private final transient Map<String, Asset> assets = new LinkedHashMap<>();

    private record Asset(String type, byte[] body, String etag) {
    }

    StaticServlet(Graph graph) {
        put("ai4s.css", "text/css; charset=utf-8", read("org/ai4skg/web/static/ai4s.css"));
        put("query.js", "text/javascript; charset=utf-8", read("org/ai4skg/web/static/query.js"));
        put("yasgui/yasgui.min.js", "text/javascript; charset=utf-8", read(YASGUI + "yasgui.min.js"));
        put("yasgui/yasgui.min.css", "text/css; charset=utf-8", read(YASGUI + "yasgui.min.css"));
        put("prefixes.json", "application/json", prefixes(graph).getBytes(StandardCharsets.UTF_8));
    }

    private void put(String name, String type, byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            assets.put(name, new Asset(type, body, "\"" + HexFormat.of().formatHex(digest, 0, 8) + "\""));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The published context's prefixes, for the query editor. */
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

    private static byte[] read(String resource) {
        try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        Asset asset = assets.get(path);
        if (asset == null) {
            resp.sendError(404);
            return;
        }
        resp.setHeader("ETag", asset.etag());
        resp.setHeader("Cache-Control", "public, max-age=3600");
        if (asset.etag().equals(req.getHeader("If-None-Match"))) {
            resp.setStatus(304);
            return;
        }
        resp.setContentType(asset.type());
        resp.setContentLength(asset.body().length);
        resp.getOutputStream().write(asset.body());
    }
}
