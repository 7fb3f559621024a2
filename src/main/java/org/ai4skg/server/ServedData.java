package org.ai4skg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.ai4skg.failure.Ai4sException;
import org.ai4skg.failure.ExitKind;
import org.ai4skg.store.StoreSummary;
import org.ai4skg.web.SearchIndex;
import org.ai4skg.store.Tdb2Stores;
import org.ai4skg.publication.Layout;
import org.ai4skg.publication.Publication;
import org.ai4skg.publication.RdfFiles;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The dataset to serve and when it last changed: the repository's files read into memory (validated first), or a TDB2
 * store made by {@code ai4s load}.
 *
 * @param dataset      the data, all in the default graph
 * @param lastModified the newest modification time of its sources
 * @param summary      its version hash and counts, counted at start for data in memory, written beside a TDB2 store
 */
record ServedData(DatasetGraph dataset, Instant lastModified, StoreSummary summary) {

    /**
     * The layout's publication, already read, in memory once the validator accepts it.
     *
     * @throws Ai4sException {@link ExitKind#NOT_CONFORMING} with the validator's report when the data does not conform
     */
    static ServedData fromLayout(Layout layout, Publication publication, StartupValidator validator) {
        Graph all = publication.all();
        validator.problems(layout, all).ifPresent(report -> {
            throw new Ai4sException(ExitKind.NOT_CONFORMING,
                    "the data does not conform to the shapes; not serving it." + System.lineSeparator() + report);
        });
        DatasetGraph dataset = DatasetGraphFactory.wrap(all);
        List<Path> sources = RdfFiles.list(List.of(layout.ontology(), layout.data()));
        return new ServedData(dataset, newest(sources), StoreSummary.compute(dataset, null));
    }

    /**
     * Connects to a TDB2 store made by {@code ai4s load}, with the summary written beside it (counted now when missing
     * or stale).
     *
     * @throws Ai4sException {@link ExitKind#UNREADABLE_INPUT} when the folder is not a TDB2 store
     */
    static ServedData fromTdb2(Path directory) {
        DatasetGraph dataset = Tdb2Stores.openExisting(directory);
        try (Stream<Path> files = Files.walk(directory)) {
            // The summary and the search index are not the data: writing them (at the first start of an older store)
            // changes no date.
            Instant lastModified = newest(files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().contains(StoreSummary.FILE)
                            && !directory.relativize(f).toString().startsWith(SearchIndex.FOLDER)).toList());
            return new ServedData(dataset, lastModified, StoreSummary.of(directory, dataset));
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
