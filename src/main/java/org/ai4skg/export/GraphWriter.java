package org.ai4skg.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.io.FileUtils;
import org.apache.jena.graph.Graph;

/**
 * Writes one graph in the dumps' deterministic style (sorted, fixed prefixes, stable blank-node labels; JSON-LD
 * compacted against the published context). For callers such as the server (a resource's description) and
 * {@code ai4s query --format jsonld}.
 */
public final class GraphWriter {

    private GraphWriter() {
    }

    /** Writes {@code graph} in {@code format} to {@code out} (not closed). */
    public static void write(Graph graph, RdfSyntax format, OutputStream out) {
        Path work = null;
        try {
            work = Files.createTempDirectory("ai4s-write");
            SortedTriples sorted = SortedTriples.sort(graph, work, "graph");
            if (format == RdfSyntax.NTRIPLES || format == RdfSyntax.NQUADS) {
                Files.copy(sorted.file(), out);
                out.flush();
                return;
            }
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            JsonLdContext context = JsonLdContext.standard();
            SubjectSink sink = switch (format) {
                case JSONLD -> new JsonLdSink(writer, context);
                case RDFXML -> new RdfXmlSink(writer, context);
                default -> new TurtleSink(writer, context);
            };
            sorted.forEachSubject(List.of(sink));
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (work != null) {
                FileUtils.deleteQuietly(work.toFile()); // temporary files only
            }
        }
    }
}
