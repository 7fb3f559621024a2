package org.ai4skg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code ETag} and {@code Last-Modified} for the generated pages (home, search, timeline, query UI): a page depends only
 * on the data, which is read-only, and on the request (path, query, the headers that choose format, language and base
 * URL), so its tag is the data's version plus a digest of those; a matching conditional GET gets {@code 304} without
 * the page being rendered.
 */
final class PageValidators implements Filter {

    private static final String[] VARYING_HEADERS = {"Accept", "Accept-Language", "Host", "Forwarded", "X-Forwarded-Proto",
            "X-Forwarded-Host", "X-Forwarded-Prefix"};

    private final DataVersion version;

    PageValidators(DataVersion version) {
        this.version = version;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            chain.doFilter(req, resp);
            return;
        }
        String etag = version.etag("page-" + digest(request));
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", version.lastModified().toEpochMilli());
        response.addHeader("Vary", "Accept, Accept-Language");
        if (Conditional.notModified(request, etag, version.lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        chain.doFilter(req, resp);
    }

    private static String digest(HttpServletRequest request) {
        StringBuilder key = new StringBuilder(request.getRequestURI()).append('?').append(request.getQueryString());
        for (String header : VARYING_HEADERS) {
            key.append('\n').append(request.getHeader(header));
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
