package org.ai4skg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The version of each static file: the start of its content's SHA-256, put in its URL ({@code ?v=}) by the pages, so
 * that a changed file gets a new URL and a versioned one may be cached for a year. Computed once per file of the
 * class path folder; names that are no file there have no version (and take no room).
 */
final class StaticAssets {
    /** The query parameter that carries the version. */
    static final String PARAMETER = "v";

    private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

    private StaticAssets() {
    }

    /** The URL of a static file under {@code base}, with its version, e.g. {@code http://h/static/ai4s.css?v=1a2b...}. */
    static String url(String base, String name) {
        String version = version(name);
        if (version == null) {
            throw new IllegalArgumentException("no static file " + name);
        }
        return base + "static/" + name + "?" + PARAMETER + "=" + version;
    }

    /** The version of the static file {@code name} (e.g. {@code yasgui/yasgui.min.js}), or null if there is none. */
    static String version(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.contains("..") || name.contains("\\")) {
            return null;
        }
        return VERSIONS.computeIfAbsent(name, StaticAssets::hash);
    }

    private static String hash(String name) {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(StaticServlet.FOLDER + name)) {
            if (in == null) {
                return null;
            }
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha256.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha256.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read static file " + name, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
