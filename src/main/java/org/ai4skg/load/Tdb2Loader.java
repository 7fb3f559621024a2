package org.ai4skg.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.ai4skg.failure.Ai4sException;
import org.ai4skg.failure.ExitKind;
import org.ai4skg.publication.RdfFiles;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotNotFoundException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Loads RDF files into a TDB2 database in one write transaction: either every triple of every file is in the store
 * afterwards, or (on a syntax error, an I/O error or a kill) none is, and the store is as it was.
 */
public final class Tdb2Loader {

    /** How often progress is reported, in triples. */
    public static final long TICK = 100_000;

    private Tdb2Loader() {
    }

    /**
     * Loads {@code files} (syntax by extension) into the default graph of {@code store}.
     *
     * @throws Ai4sException (exit 3) naming the file, line and column of a syntax error, or an unreadable file
     */
    public static LoadSummary load(DatasetGraph store, List<Path> files, LoadProgress progress) {
        long start = System.nanoTime();
        DataLoader loader = LoaderFactory.basicLoader(store, (fmt, args) -> { });
        Counting counting = new Counting(loader.stream(), progress);
        loader.startBulk();
        Path current = null;
        try {
            counting.begin();
            for (Path file : files) {
                current = file;
                RDFParser.source(file).lang(RdfFiles.langOf(file)).errorHandler(Strict.INSTANCE).parse(counting);
            }
            counting.end();
            loader.finishBulk();
        } catch (RiotParseException e) {
            loader.finishException(e);
            throw new Ai4sException(ExitKind.UNREADABLE_INPUT, current + ":" + e.getLine() + ":" + e.getCol() + ": " + e.getOriginalMessage()
                    + " (nothing loaded)", e);
        } catch (RiotNotFoundException | org.apache.jena.atlas.RuntimeIOException e) {
            loader.finishException(e);
            throw new Ai4sException(ExitKind.UNREADABLE_INPUT, current + ": cannot read: " + e.getMessage() + " (nothing loaded)", e);
        } catch (RiotException e) {
            loader.finishException(e);
            throw new Ai4sException(ExitKind.UNREADABLE_INPUT, current + ": " + e.getMessage() + " (nothing loaded)", e);
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        long size = Txn.calculateRead(store, () -> store.getDefaultGraph().size());
        return new LoadSummary(List.copyOf(files), counting.count, size, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Passes triples on, counting them; the per-file start/finish of the parser are folded into one. */
    private static final class Counting extends StreamRDFWrapper {
        private final LoadProgress progress;
        private long count;

        Counting(StreamRDF destination, LoadProgress progress) {
            super(destination);
            this.progress = progress;
        }

        void begin() {
            super.start();
        }

        void end() {
            super.finish();
        }

        @Override
        public void start() {
            // One start for all files: see begin().
        }

        @Override
        public void finish() {
            // One finish for all files: see end().
        }

        @Override
        public void triple(Triple triple) {
            super.triple(triple);
            tick();
        }

        @Override
        public void quad(Quad quad) {
            super.triple(quad.asTriple());
            tick();
        }

        private void tick() {
            if (++count % TICK == 0) {
                progress.triples(count);
            }
        }
    }

    /** Fails on the first error with its position, without logging. */
    private enum Strict implements ErrorHandler {
        INSTANCE;

        @Override
        public void warning(String message, long line, long col) {
            // Warnings do not stop a load.
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    }
}
