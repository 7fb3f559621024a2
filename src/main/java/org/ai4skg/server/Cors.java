package org.ai4skg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The CORS settings given to Fuseki's {@code CrossOriginFilter} (which reads them from a properties file): any origin,
 * read methods only (GET, POST for queries, HEAD, OPTIONS), the request headers a SPARQL client or a browser sends,
 * and the response headers it may read (validators, links, the row cap).
 */
final class Cors {
    static final String PROPERTIES = String.join("\n",
            "allowedOrigins=*",
            "allowedMethods=GET,POST,HEAD,OPTIONS",
            "allowedHeaders=X-Requested-With, Content-Type, Accept, Accept-Language, Origin, If-None-Match, If-Modified-Since, Range",
            "exposedHeaders=Cache-Control, Content-Language, Content-Length, Content-Location, Content-Type, ETag, Expires, "
                    + "Last-Modified, Link, Pragma, Vary, " + ReadOnlyQueryProcessor.ROW_CAP_HEADER,
            "allowCredentials=false",
            "preflightMaxAge=1800",
            "chainPreflight=false",
            "");

    private static final List<Path> FILES = new CopyOnWriteArrayList<>();

    private Cors() {
    }

    /** A temporary file with {@link #PROPERTIES}, for {@code FusekiServer.Builder.enableCors}. */
    static String configFile() {
        try {
            Path file = Files.createTempFile("ai4s-cors", ".properties");
            Files.writeString(file, PROPERTIES, StandardCharsets.UTF_8);
            FILES.add(file);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the temporary files once the server is built (Fuseki has read them by then). */
    static void deleteConfigFiles() {
        for (Path file : FILES) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a left-over temporary file is harmless
            }
            FILES.remove(file);
        }
    }
}
