package org.ai4skg.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Gzip for every text answer (pages, descriptions, SPARQL results, the JSON-LD context, VoID, the dumps listing, the
 * static files), by Jetty's {@link GzipHandler}: only for a client whose {@code Accept-Encoding} names gzip, with
 * {@code Vary: Accept-Encoding}, and a compressed answer's {@code ETag} marked {@code --gzip} (Jetty takes the mark off
 * again in {@code If-None-Match}, so a conditional request still gets {@code 304}).
 *
 * <p>Not compressed: the dump files themselves (those in {@code .gz} are compressed already, and each plain one has its
 * {@code .gz} beside it, made once at export rather than at every request), a request with {@code Range} (its bytes
 * are those of the file as it is), what is already encoded, images, and answers under 32 bytes. Request bodies are
 * never inflated: what a client sends is read as it is sent, under the same limits.
 */
final class Compression extends GzipHandler {

    /** The dump files under {@code /dumps/}; the listing, {@code /dumps/} itself, is compressed. */
    private static final String DUMP_FILES = "^/dumps/.+$";

    private Compression() {
        setIncludedMethods(HttpMethod.GET.asString(), HttpMethod.POST.asString(), HttpMethod.HEAD.asString());
        addExcludedPaths(DUMP_FILES);
        setInflateBufferSize(-1);
    }

    /** Puts compression around the server's handler (to be wrapped, in turn, by the header timeout and graceful stop). */
    static void install(Server jetty) {
        Compression compression = new Compression();
        compression.setHandler(jetty.getHandler());
        jetty.setHandler(compression);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (request.getHeaders().contains(HttpHeader.RANGE)) {
            // A range is of the bytes as they are: answered unencoded (the answer may still vary with Accept-Encoding).
            response.getHeaders().ensureField(getVary());
            return getHandler().handle(request, response, callback);
        }
        return super.handle(request, response, callback);
    }
}
