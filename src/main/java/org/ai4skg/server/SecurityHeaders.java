package org.ai4skg.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer carries: a {@code Content-Security-Policy} that lets a page load scripts, styles, images
 * and data only from this site and be framed by none, {@code X-Content-Type-Options: nosniff}, a
 * {@code Referrer-Policy}; {@code Strict-Transport-Security} when a trusted proxy says the client came over https; and,
 * when a proxy is trusted, {@code Vary} on the forwarded headers, which change the links of what is answered.
 */
final class SecurityHeaders implements Filter {
    /** Only this site; no inline script, no plugins, no framing. The JSON-LD data block is not a script to run. */
    static final String CONTENT_SECURITY_POLICY = policy("style-src 'self'");
    /**
     * The query editor's: the same, but YASGUI's bundle sets inline styles as it lays the editor out (sizes computed at
     * run time, so no fixed hash allows them); scripts stay this site's only.
     */
    static final String QUERY_PAGE_POLICY = policy("style-src 'self' 'unsafe-inline'");
    private static final String QUERY_PAGE = "/query";
    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    private final BaseUrl baseUrl;
    private final String vary;

    SecurityHeaders(BaseUrl baseUrl) {
        this.baseUrl = baseUrl;
        this.vary = String.join(", ", BaseUrl.FORWARDED_HEADERS);
    }

    private static String policy(String styles) {
        return "default-src 'self'; script-src 'self'; " + styles + "; img-src 'self' data:; font-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Content-Security-Policy", path.equals(QUERY_PAGE) ? QUERY_PAGE_POLICY : CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        if (baseUrl.trustsProxy()) {
            response.addHeader("Vary", vary);
            if (baseUrl.httpsByTrustedProxy(request)) {
                response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
            }
        }
        chain.doFilter(req, resp);
    }
}
