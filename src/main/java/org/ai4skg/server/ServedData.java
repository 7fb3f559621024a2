package org.ai4skg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.ai4skg.failure.Ai4sException;
import org.ai4skg.publication.Layout;
import org.ai4skg.publication.Publication;
import org.ai4skg.publication.RdfFiles;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * The dataset to serve and when it last changed: the repository's files read into memory (validated first), or a TDB2
 * store made by {@code ai4s load}.
 *
 * @param dataset      the data, all in the default graph
 * @param lastModified the newest modification time of its sources
 */
public record ServedData(DatasetGraph dataset, Instant lastModified) {

    /**
     * Reads {@code ontology/} and {@code data/} into memory and validates them.
     *
     * @throws Ai4sException exit 1 with the report when the data does not conform; exit 3 when a file cannot be read
     */
    public static ServedData fromLayout(Layout layout, StartupValidator validator) {
        return fromLayout(layout, Publication.load(layout), validator);
    }

    /** As {@link #fromLayout(Layout, StartupValidator)}, with the layout's publication already read. */
    public static ServedData fromLayout(Layout layout, Publication publication, StartupValidator validator) {
        Graph all = publication.all();
        validator.problems(layout, all).ifPresent(report -> {
            throw new Ai4sException(1, "the data does not conform to the shapes; not serving it." + System.lineSeparator() + report);
        });
        DatasetGraph dataset = DatasetGraphFactory.wrap(all);
        List<Path> sources = RdfFiles.list(List.of(layout.ontology(), layout.data()));
        return new ServedData(dataset, newest(sources));
    }

    /** Connects to a TDB2 store (it must exist). */
    public static ServedData fromTdb2(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw Ai4sException.unreadable("no TDB2 store at " + directory + " (make one with: ai4s load)");
        }
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(directory.toString());
        try (Stream<Path> files = Files.walk(directory)) {
            return new ServedData(dataset, newest(files.filter(Files::isRegularFile).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant newest(List<Path> files) {
        Instant newest = Instant.EPOCH;
        for (Path file : files) {
            try {
                Instant modified = Files.getLastModifiedTime(file).toInstant();
                newest = modified.isAfter(newest) ? modified : newest;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return newest.equals(Instant.EPOCH) ? Instant.now() : newest;
    }
}
