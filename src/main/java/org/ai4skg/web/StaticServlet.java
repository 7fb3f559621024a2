package org.ai4skg.web;

import java.io.IOException;
import java.net.URL;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.ee10.servlet.ResourceServlet;

/**
 * {@code /static/*}: the stylesheet, the query page's script and YASGUI's bundle, served by Jetty's resource servlet
 * (ETags, conditional requests, ranges, content types) from the class path folder {@code org/ai4skg/web/static/}. The
 * build copies YASGUI's self-contained bundle there, into {@code yasgui/}, from the WebJar whose version the POM names.
 *
 * <p>The pages link each file with its version ({@link StaticAssets}); asked with the current version, a file may be
 * cached for a year without asking again; asked without it (or with an old one), for an hour. Stylesheets and scripts
 * say they are UTF-8.
 */
final class StaticServlet extends ResourceServlet {
    private static final long serialVersionUID = 1L;

    /** The class path folder of the static files. */
    static final String FOLDER = "org/ai4skg/web/static/";

    /** The caching of a file asked with its current version: its URL changes with its content. */
    static final String VERSIONED = "public, max-age=31536000, immutable";
    /** The caching of a file asked otherwise. */
    static final String UNVERSIONED = "public, max-age=3600";

    private final String base;

    StaticServlet() {
        URL folder = StaticServlet.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            throw new IllegalStateException("missing resource folder " + FOLDER);
        }
        this.base = folder.toExternalForm();
    }

    /** The servlet's settings, fixed here rather than in a deployment descriptor. */
    @Override
    public String getInitParameter(String name) {
        return switch (name) {
            case "baseResource" -> base;
            case "pathInfoOnly" -> "true";
            case "dirAllowed" -> "false";
            case "etags" -> "true";
            case "cacheControl" -> UNVERSIONED;
            default -> super.getInitParameter(name);
        };
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String version = request.getParameter(StaticAssets.PARAMETER);
        if (version != null && version.equals(StaticAssets.version(name))) {
            // Jetty's resource service keeps a Cache-Control already set.
            response.setHeader("Cache-Control", VERSIONED);
        }
        if (name.endsWith(".css") || name.endsWith(".js")) {
            response.setCharacterEncoding("utf-8");
        }
        super.doGet(request, response);
    }
}
