package org.ai4skg.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.ServletException;

import org.ai4skg.export.RdfSyntax;
import org.eclipse.jetty.ee10.servlet.ResourceServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.http.MimeTypes;

/**
 * Serves the files of a folder under {@code /dumps/} with Jetty's {@link ResourceServlet}: directory listing,
 * {@code Content-Length}, {@code ETag}, {@code Last-Modified}, conditional and range requests, and RDF media types.
 */
final class DumpsServlet extends ResourceServlet {
    private static final long serialVersionUID = 1L;

    /** Media types of the dump files, by extension (Jetty's defaults do not know the RDF ones). */
    static final Map<String, String> MEDIA_TYPES = mediaTypes();

    private static Map<String, String> mediaTypes() {
        Map<String, String> types = new TreeMap<>();
        for (RdfSyntax syntax : RdfSyntax.values()) {
            types.put(syntax.extension(), syntax.contentType());
        }
        types.put("owl", RdfSyntax.RDFXML.contentType());
        types.put("gz", "application/gzip");
        types.put("sha256", "text/plain; charset=utf-8");
        return Map.copyOf(types);
    }

    private final transient Map<String, String> parameters;

    DumpsServlet(Path folder) {
        this.parameters = Map.of(
                "baseResource", folder.toAbsolutePath().toUri().toString(),
                "dirAllowed", "true",
                "pathInfoOnly", "true",
                "etags", "true",
                "acceptRanges", "true",
                "welcomeServlets", "false",
                "redirectWelcome", "false",
                "cacheControl", "public, max-age=3600");
    }

    @Override
    public String getInitParameter(String name) {
        String value = parameters.get(name);
        return value != null ? value : super.getInitParameter(name);
    }

    @Override
    public void init() throws ServletException {
        MimeTypes mimeTypes = ServletContextHandler.getServletContextHandler(getServletContext()).getMimeTypes();
        if (mimeTypes instanceof MimeTypes.Mutable mutable) {
            MEDIA_TYPES.forEach(mutable::addMimeMapping);
            // Jetty's fallback for a name without a known extension: SHA256SUMS (and any README) is plain text.
            mutable.addMimeMapping("*", "text/plain;charset=utf-8");
        }
        super.init();
    }
}
