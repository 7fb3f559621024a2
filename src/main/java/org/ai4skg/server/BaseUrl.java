package org.ai4skg.server;

import jakarta.servlet.http.HttpServletRequest;

/** Where the server answers, as clients see it: the configured base URL, else one built from {@code X-Forwarded-*}, else from the request. */
public final class BaseUrl {
    private BaseUrl() {
    }

    /** The base URL for this request, always ending with {@code /}. */
    public static String of(HttpServletRequest request, String configured) {
        if (configured != null) {
            return withSlash(configured);
        }
        String proto = first(request.getHeader("X-Forwarded-Proto"));
        String host = first(request.getHeader("X-Forwarded-Host"));
        String prefix = first(request.getHeader("X-Forwarded-Prefix"));
        if (proto == null) {
            proto = request.getScheme();
        }
        if (host == null) {
            host = request.getHeader("Host");
        }
        if (host == null) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        String path = prefix == null ? "" : prefix.startsWith("/") ? prefix : "/" + prefix;
        return withSlash(proto + "://" + host + path);
    }

    /** The value with a trailing {@code /}. */
    public static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private static String first(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        int comma = header.indexOf(',');
        return (comma < 0 ? header : header.substring(0, comma)).trim();
    }
}
