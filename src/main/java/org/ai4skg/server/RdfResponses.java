package org.ai4skg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;

/** Writes a graph as the RDF format the client accepts, with validators, {@code Vary: Accept} and 304/406 handling. */
final class RdfResponses {
    private RdfResponses() {
    }

    /**
     * @param etagPrefix a stable tag of the graph's content; the format is appended
     */
    static void write(HttpServletRequest request, HttpServletResponse response, Graph graph, String etagPrefix,
                      Instant lastModified) throws IOException {
        response.addHeader("Vary", "Accept");
        Optional<RdfFormat> chosen = Negotiation.choose(request.getHeader("Accept"), RdfFormat.rdfOnly());
        if (chosen.isEmpty()) {
            String types = RdfFormat.rdfOnly().stream().map(RdfFormat::mediaType).collect(Collectors.joining(", "));
            byte[] body = ("406 Not Acceptable: available types are " + types + "\n").getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
            response.setContentType("text/plain; charset=utf-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        RdfFormat format = chosen.get();
        String etag = "\"" + etagPrefix + "-" + format.suffix() + "\"";
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        if (Conditional.notModified(request, etag, lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        RDFDataMgr.write(out, graph, format.jenaFormat());
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.contentType());
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }
}
