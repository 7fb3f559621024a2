package org.ai4skg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ai4skg.export.JsonLdContext;

/**
 * {@code /context.jsonld}: a stable URL for the JSON-LD {@code @context}, served from a file (as given), else the
 * standard context every dump is compacted with ({@link JsonLdContext#standard()}).
 */
final class ContextServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final byte[] body;
    private final String etag;
    private final transient Instant lastModified;

    ContextServlet(Path file, Instant dataModified) {
        try {
            if (file != null) {
                body = Files.readAllBytes(file);
                lastModified = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
            } else {
                body = JsonLdContext.standard().text().getBytes(StandardCharsets.UTF_8);
                lastModified = dataModified;
            }
            etag = "\"ctx-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12) + "\"";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        response.setHeader("Cache-Control", "public, max-age=86400");
        if (Conditional.notModified(request, etag, lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("application/ld+json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
