package org.ai4skg.web;

import java.net.URL;

import org.eclipse.jetty.ee10.servlet.ResourceServlet;

/**
 * {@code /static/*}: the stylesheet, the query page's script and YASGUI's bundle, served by Jetty's resource servlet
 * (ETags, conditional requests, ranges, content types) from the class path folder {@code org/ai4skg/web/static/}. The
 * build copies YASGUI's self-contained bundle there, into {@code yasgui/}, from the WebJar whose version the POM names.
 */
final class StaticServlet extends ResourceServlet {
    private static final long serialVersionUID = 1L;

    /** The class path folder of the static files. */
    static final String FOLDER = "org/ai4skg/web/static/";

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
            case "cacheControl" -> "public, max-age=3600";
            default -> super.getInitParameter(name);
        };
    }
}
