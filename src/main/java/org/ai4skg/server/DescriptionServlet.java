package org.ai4skg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Answers for the IRIs of the namespace ({@code /resource/...}, {@code /ontology}): HTML or RDF by {@code Accept} or by
 * suffix, with validators from the {@link DataVersion}, rendered bodies cached in memory. The RDF is paged with
 * {@code ?page=N} and {@code Link: rel="next"}; the HTML page for people shows the whole description (its groups
 * capped) and is not paged: {@code ?page=N} beyond the first sends it to the one page.
 */
final class DescriptionServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient DescriptionReader reader;
    private final transient ResourceHtmlRenderer renderer;
    private final transient DataVersion version;
    private final transient BaseUrl publicUrl;
    private final transient Cache<String, byte[]> cache;
    private final transient Cache<String, Target> targets;

    DescriptionServlet(DescriptionReader reader, ResourceHtmlRenderer renderer, DataVersion version, BaseUrl publicUrl,
                       int cacheSize) {
        this.reader = reader;
        this.renderer = renderer;
        this.version = version;
        this.publicUrl = publicUrl;
        this.cache = CacheFactory.createCache(cacheSize);
        this.targets = CacheFactory.createCache(cacheSize);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String baseUrl = publicUrl.of(request);
        String rawLocal = request.getRequestURI().substring(request.getContextPath().length() + 1);
        String lang = language(request);
        int page = page(request);
        if (page < 1) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, "page must be a whole number from 1\n");
            return;
        }

        Target target = targets.get(rawLocal + '|' + page, key -> resolve(rawLocal, page));
        if (target == null) {
            notFound(request, response, rawLocal, lang, baseUrl);
            return;
        }
        RdfFormat format = target.suffixFormat;
        if (format == null) {
            response.addHeader("Vary", "Accept, Accept-Language");
            Optional<RdfFormat> chosen = Negotiation.choose(request.getHeader("Accept"), List.of(RdfFormat.values()));
            if (chosen.isEmpty()) {
                notAcceptable(response, Namespace.toLocalUrl(target.iri, baseUrl));
                return;
            }
            format = chosen.get();
            response.setHeader("Content-Location", ascii(Namespace.toLocalUrl(target.iri, baseUrl)) + "." + format.suffix()
                    + (page > 1 ? "?page=" + page : ""));
        }
        boolean html = format == RdfFormat.HTML;
        if (html && page > 1) {
            // The page for people shows the whole description: it has no further pages, so page N sends there.
            response.setHeader("Content-Location", null);
            response.setHeader("Location", ascii(Namespace.toLocalUrl(target.iri, baseUrl))
                    + (target.suffixFormat == null ? "" : "." + target.suffixFormat.suffix())
                    + (request.getParameter("lang") == null ? "" : "?lang=" + lang));
            plain(response, HttpServletResponse.SC_SEE_OTHER, "The HTML page is not paged; see the Location.\n");
            return;
        }
        String variant = format.suffix() + (html ? "-" + lang : "") + "-p" + page;
        String etag = version.etag(variant + (html ? "-" + BaseUrl.digest(baseUrl) : ""));
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", version.lastModified().toEpochMilli());
        response.setHeader("Cache-Control", "public, max-age=3600");
        if (!html && target.description.hasNext()) {
            response.setHeader("Link", "<" + ascii(Namespace.toLocalUrl(target.iri, baseUrl))
                    + (target.suffixFormat == null ? "" : "." + target.suffixFormat.suffix()) + "?page=" + (page + 1) + ">; rel=\"next\"");
        }
        if (Conditional.notModified(request, etag, version.lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        RdfFormat chosenFormat = format;
        // A page's links name the base URL: it is part of the key as it is, not a digest two URLs could share.
        String key = target.iri + '|' + variant + (html ? '|' + baseUrl : "");
        byte[] body = cache.get(key, k -> render(target.description, chosenFormat, lang, baseUrl));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.contentType());
        if (html) {
            response.setHeader("Content-Language", lang);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private byte[] render(ResourceDescription description, RdfFormat format, String lang, String baseUrl) {
        if (format == RdfFormat.HTML) {
            return renderer.render(description, lang, baseUrl).getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        RDFDataMgr.write(out, description.asGraph(), format.jenaFormat());
        return out.toByteArray();
    }

    /** The IRI a path names, trying the path as sent, then percent-decoded, each with and without a format suffix. */
    private Target resolve(String rawLocal, int page) {
        String decoded = decode(rawLocal);
        for (String local : decoded == null || decoded.equals(rawLocal) ? List.of(rawLocal) : List.of(rawLocal, decoded)) {
            int dot = local.lastIndexOf('.');
            if (dot > local.lastIndexOf('/')) {
                Optional<RdfFormat> byName = RdfFormat.bySuffix(local.substring(dot + 1));
                if (byName.isPresent()) {
                    String iri = Namespace.BASE + local.substring(0, dot);
                    Optional<ResourceDescription> found = reader.read(iri, page);
                    if (found.isPresent()) {
                        return new Target(iri, found.get(), byName.get());
                    }
                }
            }
            String iri = Namespace.BASE + local;
            Optional<ResourceDescription> found = reader.read(iri, page);
            if (found.isPresent()) {
                return new Target(iri, found.get(), null);
            }
        }
        return null;
    }

    /** The URL with every non-ASCII character percent-encoded as UTF-8 (header values must be ASCII). */
    static String ascii(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && c > 0x20) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** The local name of an IRI from its percent-encoded path ({@code +} kept as a plus), or null when it does not decode. */
    static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response, String rawLocal, String lang,
                          String baseUrl) throws IOException {
        String shown = decode(rawLocal);
        String iri = Namespace.BASE + (shown == null ? rawLocal : shown);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        Optional<RdfFormat> wanted = Negotiation.choose(request.getHeader("Accept"), List.of(RdfFormat.HTML, RdfFormat.TURTLE));
        response.addHeader("Vary", "Accept, Accept-Language");
        if (wanted.isPresent() && wanted.get() == RdfFormat.HTML) {
            write(response, "text/html; charset=utf-8", renderer.renderNotFound(iri, lang, baseUrl));
        } else {
            write(response, "text/plain; charset=utf-8", "Not found: the knowledge graph has nothing about <" + iri
                    + ">.\nSearch: " + baseUrl + "search\nSPARQL: " + baseUrl + "sparql\n");
        }
    }

    private static void notAcceptable(HttpServletResponse response, String url) throws IOException {
        String types = RdfFormat.values().length == 0 ? "" : List.of(RdfFormat.values()).stream()
                .map(f -> "  " + f.mediaType() + "  (or " + url + "." + f.suffix() + ")")
                .collect(Collectors.joining("\n"));
        plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE,
                "406 Not Acceptable: none of the types in your Accept header is available for this resource.\n"
                        + "Available types:\n" + types + "\n");
    }

    private static void plain(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        write(response, "text/plain; charset=utf-8", text);
    }

    private static void write(HttpServletResponse response, String contentType, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The language of the pages ({@link Lang#negotiate}): {@code ?lang=}, then {@code Accept-Language}, then English. */
    static String language(HttpServletRequest request) {
        return Lang.negotiate(request).code();
    }

    private static int page(HttpServletRequest request) {
        return pageNumber(request.getParameter("page"));
    }

    /** The page a {@code ?page=} parameter asks for: 1 when absent, -1 (no such page) when it is not a number from 1 up. */
    static int pageNumber(String parameter) {
        if (parameter == null) {
            return 1;
        }
        try {
            int page = Integer.parseInt(parameter);
            return page >= 1 ? page : -1;
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private record Target(String iri, ResourceDescription description, RdfFormat suffixFormat) {
    }
}
