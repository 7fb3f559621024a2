package org.ai4skg.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the server answers, as clients see it: the configured base URL; else, when a proxy in front is trusted, the one
 * it forwards (RFC 7239 {@code Forwarded}, else {@code X-Forwarded-Proto/Host/Prefix}); else the request's own scheme
 * and {@code Host}. Forwarded headers from a client that no trusted proxy stands before are ignored: they would let
 * anyone rewrite the links of the pages it (and a shared cache behind it) gets.
 */
public final class BaseUrl {
    /** The request headers a trusted proxy sets, each of which may change the base URL: what {@code Vary} names. */
    public static final List<String> FORWARDED_HEADERS = List.of("Forwarded", "X-Forwarded-Proto", "X-Forwarded-Host",
            "X-Forwarded-Prefix");

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9._~\\-/]*");

    private final String configured;
    private final boolean trustProxy;

    private BaseUrl(String configured, boolean trustProxy) {
        this.configured = configured == null || configured.isBlank() ? null : withSlash(configured);
        this.trustProxy = trustProxy;
    }

    /**
     * @param configured the public base URL, or null to take it from each request
     * @param trustProxy whether a proxy is in front whose forwarded headers say where clients reach the server
     */
    public static BaseUrl of(String configured, boolean trustProxy) {
        return new BaseUrl(configured, trustProxy);
    }

    /** Whether forwarded headers are honoured. */
    public boolean trustsProxy() {
        return trustProxy;
    }

    /** The base URL for this request, always ending with {@code /}. */
    public String of(HttpServletRequest request) {
        if (configured != null) {
            return configured;
        }
        String proto = null;
        String host = null;
        String prefix = null;
        if (trustProxy) {
            Forwarded forwarded = Forwarded.parse(request.getHeader("Forwarded"));
            proto = valid(forwarded.proto() != null ? forwarded.proto() : first(request.getHeader("X-Forwarded-Proto")));
            host = validHost(forwarded.host() != null ? forwarded.host() : first(request.getHeader("X-Forwarded-Host")));
            prefix = first(request.getHeader("X-Forwarded-Prefix"));
            prefix = prefix != null && PREFIX.matcher(prefix).matches() ? prefix : null;
        }
        if (proto == null) {
            proto = request.getScheme();
        }
        if (host == null) {
            host = validHost(request.getHeader("Host"));
        }
        if (host == null) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        String path = prefix == null ? "" : prefix.startsWith("/") ? prefix : "/" + prefix;
        return withSlash(proto + "://" + host + path);
    }

    /** Whether a trusted proxy says the client reached it over https (then {@code Strict-Transport-Security} is due). */
    public boolean httpsByTrustedProxy(HttpServletRequest request) {
        if (!trustProxy) {
            return false;
        }
        Forwarded forwarded = Forwarded.parse(request.getHeader("Forwarded"));
        String proto = forwarded.proto() != null ? forwarded.proto() : first(request.getHeader("X-Forwarded-Proto"));
        return "https".equalsIgnoreCase(proto);
    }

    /**
     * Who sent the request, as the key of its query-time budget: the client a trusted proxy names (RFC 7239
     * {@code Forwarded: for=}, else the first {@code X-Forwarded-For}), else the remote address. At most 64 characters.
     */
    public String client(HttpServletRequest request) {
        String client = null;
        if (trustProxy) {
            client = Forwarded.parse(request.getHeader("Forwarded")).forClient();
            if (client == null || client.isEmpty()) {
                client = first(request.getHeader("X-Forwarded-For"));
            }
        }
        if (client == null || client.isEmpty()) {
            client = request.getRemoteAddr();
        }
        return client.length() > 64 ? client.substring(0, 64) : client;
    }

    /** A short digest of a base URL, for an {@code ETag} (a cache key is the URL itself). */
    public static String digest(String baseUrl) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(baseUrl.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value with a trailing {@code /}. */
    public static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private static String valid(String proto) {
        return proto == null ? null : switch (proto.toLowerCase(Locale.ROOT)) {
            case "http", "https" -> proto.toLowerCase(Locale.ROOT);
            default -> null;
        };
    }

    private static String validHost(String host) {
        return host != null && HOST.matcher(host).matches() ? host : null;
    }

    private static String first(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        int comma = header.indexOf(',');
        return (comma < 0 ? header : header.substring(0, comma)).trim();
    }

    /** The {@code host} and {@code proto} of the first element of an RFC 7239 {@code Forwarded} header (the client's side). */
    record Forwarded(String host, String proto, String forClient) {
        static Forwarded parse(String header) {
            String host = null;
            String proto = null;
            String forClient = null;
            String element = first(header);
            if (element != null) {
                for (String pair : element.split(";")) {
                    int eq = pair.indexOf('=');
                    if (eq < 0) {
                        continue;
                    }
                    String name = pair.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                    String value = unquote(pair.substring(eq + 1).trim());
                    if (name.equals("host")) {
                        host = value;
                    } else if (name.equals("proto")) {
                        proto = value;
                    } else if (name.equals("for")) {
                        forClient = value;
                    }
                }
            }
            return new Forwarded(host, proto, forClient);
        }

        private static String unquote(String value) {
            return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                    ? value.substring(1, value.length() - 1) : value;
        }
    }
}
