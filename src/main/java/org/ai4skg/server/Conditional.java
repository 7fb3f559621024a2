package org.ai4skg.server;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

/** Conditional GET (RFC 9110 §13): whether a client's cached copy is still current. */
final class Conditional {
    private Conditional() {
    }

    /** True when {@code If-None-Match} matches the tag, or (without it) {@code If-Modified-Since} is not older than the data. */
    static boolean notModified(HttpServletRequest request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.trim();
                if (candidate.startsWith("W/")) {
                    candidate = candidate.substring(2);
                }
                if (candidate.equals("*") || candidate.equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && lastModified.toEpochMilli() <= since;
        } catch (IllegalArgumentException unparseable) {
            return false;
        }
    }
}
